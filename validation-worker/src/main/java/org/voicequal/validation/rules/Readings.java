package org.voicequal.validation.rules;

import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.voicequal.domain.text.ComparableText;
import org.voicequal.events.CheckOutcome;
import org.voicequal.events.CheckResult;
import org.voicequal.events.DocumentType;
import org.voicequal.events.Evidence;
import org.voicequal.events.RecognitionOutcome;
import org.voicequal.events.RecognizedDocument;
import org.voicequal.events.RecognizedField;

/**
 * The one comparison behind every "the form says what the document says" rule: a value the applicant typed
 * against the value OCR read for one field of one document.
 *
 * <ul>
 *   <li>read and confirmed (both engines agree, or a code above the benchmark's safe confidence): equal
 *       PASSes, different FAILs;
 *   <li>an {@link Match#unconfirmable() unconfirmable} field never FAILs, even if some reader marked it
 *       confirmed: nothing independent stands behind that mark;
 *   <li>read but not confirmed: different is UNVERIFIED — a misread must never reject an honest applicant —
 *       and equal is UNVERIFIED too, because auto-approval needs every decisive field confirmed; except where
 *       the typed value came {@link Match#fromAnotherDocument() from another document}, which corroborates the
 *       read independently (a letter's blank naming the administrator of the ID card), or where the lead engine
 *       read the same value on {@link Match#alsoOn another document} that prints it (the legal representative's
 *       name on the licence and on the ID card), and except for
 *       {@link Match#unconfirmable() unconfirmable} fields (free text no second engine checks), where the
 *       rule can never FAIL, so an exact match with the independent typed value is the best evidence there is
 *       and PASSes;
 *   <li>not read (document missing, image unreadable, field not found): UNVERIFIED with OCR's reason.
 * </ul>
 * Every result carries the evidence (both values sealed, engines, confidence, agreement), never a clear
 * personal value in its messages.
 */
final class Readings {

    private Readings() {
    }

    /** The confidence extraction caps a guess at (ocr-worker's {@code Confirmation.GUESS}): never evidence. */
    static final double GUESS = 0.5;

    /**
     * How two values are compared, whether the read can ever be confirmed, and whether the typed value came from
     * another document.
     *
     * @param crossDocument the typed value is not this document's to pre-fill (the administrator's name typed
     *                      from the ID card, compared with the letter's blank): an unconfirmed read equal to it
     *                      is then corroborated by a second, independent source and PASSes, unless it is a
     *                      guess. Never for the document the form's value is copied from (licence, ID card),
     *                      where a portal pre-filling the form from OCR would make the match circular.
     */
    record Match(BiPredicate<String, String> same, boolean unconfirmable, boolean crossDocument,
                 List<Elsewhere> corroborating) {

        /** Codes and ID numbers: exact, case-insensitive (a trailing x of an ID number). */
        static final Match CODE = new Match((a, b) -> a.strip().equalsIgnoreCase(b.strip()), false, false,
                List.of());
        /** Names, types, companies: script-insensitive (Traditional = Simplified), width- and bracket-normalised. */
        static final Match NAME = new Match(ComparableText::same, false, false, List.of());
        /** ISO dates. */
        static final Match DATE = new Match(String::equals, false, false, List.of());
        /** Free text with no second reading. */
        static final Match TEXT = new Match(ComparableText::same, true, false, List.of());

        Match withSame(BiPredicate<String, String> other) {
            return new Match(other, unconfirmable, crossDocument, corroborating);
        }

        /** The same comparison, of a value typed from another document. */
        Match fromAnotherDocument() {
            return new Match(same, unconfirmable, true, corroborating);
        }

        /**
         * The same value printed on other documents (the legal representative's name on the licence and on the ID
         * card): a read here equal to the typed value, not confirmed by the second engine, is corroborated when the
         * lead engine read that same value on one of them too — two images, read independently, agreeing with
         * each other and with the form, whichever of them the form was filled from.
         */
        Match alsoOn(DocumentType document, String readField) {
            List<Elsewhere> more = new java.util.ArrayList<>(corroborating);
            more.add(new Elsewhere(document, readField));
            return new Match(same, unconfirmable, crossDocument, List.copyOf(more));
        }

        boolean corroborates(RecognizedField read) {
            return crossDocument && read.getConfidence() > GUESS;
        }
    }

    /** Where else a value is printed: a document and the field OCR reads there. */
    record Elsewhere(DocumentType document, String readField) {
    }

    /** What the result says, in both languages: e.g. "營業執照上的企業名稱" / "enterprise name on the business licence". */
    record Subject(String zh, String en) {
    }

    /**
     * @param field     the form's field, e.g. {@code enterprise.name}
     * @param typed     the applicant's value in clear (sealed into the evidence here); null skips the comparison
     * @param readField the field OCR reads on {@code document}
     */
    static Optional<CheckResult> compare(String rule, CaseFile file, String field, String typed, DocumentType document,
            String readField, Match match, Subject subject) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        Evidence.Builder evidence = Evidence.newBuilder().setField(field).setDocument(document).setReadField(readField)
                .setSealedSubmitted(file.cipher().seal(typed));
        Optional<RecognizedField> reading = file.reading(document, readField);
        if (reading.isEmpty() || reading.get().getSealedValue() == null) {
            return Optional.of(Checks.result(rule, CheckOutcome.UNVERIFIED, List.of(field), "未能識別" + subject.zh(),
                    "OCR could not read the " + subject.en(), List.of(evidence.setNote(whyUnread(file, document, reading)).build())));
        }
        RecognizedField read = reading.get();
        evidence.setSealedRead(read.getSealedValue()).setEngines(read.getEngines()).setConfidence(read.getConfidence())
                .setAgreement(read.getAgreement()).setConfirmed(read.getConfirmed());
        boolean same = match.same().test(typed, file.open(read.getSealedValue()));
        Optional<Evidence> elsewhere = same && !read.getConfirmed() && read.getConfidence() > GUESS
                ? corroboration(file, typed, match) : Optional.empty();
        CheckOutcome outcome;
        String zh;
        String en;
        if (same && (read.getConfirmed() || match.unconfirmable() || match.corroborates(read) || elsewhere.isPresent())) {
            outcome = CheckOutcome.PASS;
            zh = subject.zh() + "與填寫一致";
            en = "the " + subject.en() + " matches the form";
        } else if (same) {
            outcome = CheckOutcome.UNVERIFIED;
            zh = subject.zh() + "與填寫一致，但識別未經確認";
            en = "the " + subject.en() + " matches the form, but the read is not confirmed";
        } else if (read.getConfirmed() && !match.unconfirmable()) {
            outcome = CheckOutcome.FAIL;
            zh = subject.zh() + "與填寫不一致";
            en = "the " + subject.en() + " differs from the form";
        } else {
            outcome = CheckOutcome.UNVERIFIED;
            zh = subject.zh() + "與填寫不一致（識別未經確認）";
            en = "the " + subject.en() + " differs from the form (the read is not confirmed)";
        }
        List<Evidence> all = new java.util.ArrayList<>(List.of(evidence.build()));
        elsewhere.ifPresent(e -> all.add(Evidence.newBuilder(e).setField(field).build()));
        return Optional.of(Checks.result(rule, outcome, List.of(field), zh, en, all));
    }

    /** The first other document on which the lead engine read the typed value too (not a guess), as evidence. */
    private static Optional<Evidence> corroboration(CaseFile file, String typed, Match match) {
        for (Elsewhere other : match.corroborating()) {
            Optional<RecognizedField> there = file.reading(other.document(), other.readField())
                    .filter(f -> f.getSealedValue() != null && f.getConfidence() > GUESS)
                    .filter(f -> match.same().test(typed, file.open(f.getSealedValue())));
            if (there.isPresent()) {
                RecognizedField f = there.get();
                return Optional.of(Evidence.newBuilder().setField("").setDocument(other.document())
                        .setReadField(other.readField()).setSealedRead(f.getSealedValue()).setEngines(f.getEngines())
                        .setConfidence(f.getConfidence()).setAgreement(f.getAgreement()).setConfirmed(f.getConfirmed())
                        .setNote("the same value read on another document corroborates the read").build());
            }
        }
        return Optional.empty();
    }

    /** OCR's own reason for a missing read: the image failed, the document is missing, or the field not found. */
    static String whyUnread(CaseFile file, DocumentType document, Optional<RecognizedField> reading) {
        Optional<RecognizedDocument> doc = file.document(document);
        return doc.filter(d -> d.getOutcome() == RecognitionOutcome.FAILED).map(RecognizedDocument::getFailure)
                .or(() -> reading.map(RecognizedField::getUnreadReason))
                .orElse(doc.isEmpty() ? "document missing" : "field not found");
    }

    /** The evidence of a document-level fact (a seal, a colour) that names no read value. */
    static Evidence about(String field, DocumentType document, String note) {
        return Evidence.newBuilder().setField(field).setDocument(document).setNote(note).build();
    }
}
