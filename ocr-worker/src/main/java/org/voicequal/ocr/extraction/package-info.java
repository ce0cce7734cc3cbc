/**
 * Field extraction from an engine's lines, by layout: {@code layout} rebuilds rows, columns and label → value
 * regions from the boxes; {@code common} checks what a value must be (dates, GB 32100 credit codes, GB 11643 ID
 * numbers, names, terms); one extractor per document kind, chosen by {@link org.voicequal.ocr.extraction.Extractors}.
 *
 * <p>Confidence policy: a field's confidence is the lowest per-character confidence of its characters. A value
 * that needed a repair to pass its check (look-alike characters in a code, an MRZ field), a number found without
 * its label, or two reads that contradict each other (birth date against the ID number) are capped at
 * {@link org.voicequal.ocr.extraction.common.Confusables#CORRECTED_CONFIDENCE}, so they never count as confident
 * reads: a wrong value read confidently would make a wrong form "agree". Values keep the script they were printed
 * in; {@link org.voicequal.domain.text.ComparableText} compares them with the form.
 */
package org.voicequal.ocr.extraction;
