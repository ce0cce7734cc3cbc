package org.voicequal.ingest.submission;

/**
 * One reason a submission was refused, by field: what a portal shows beside the input.
 *
 * @param field   JSON path of the field, or the document part's name
 * @param code    stable machine-readable code, e.g. {@code required}, {@code checksum}, {@code too-large}
 */
public record FieldError(String field, String code, String message, String messageZh) {
}
