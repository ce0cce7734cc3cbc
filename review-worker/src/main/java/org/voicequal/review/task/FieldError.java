package org.voicequal.review.task;

/**
 * One reason a request was refused, by field: what a reviewer's screen shows beside the input.
 *
 * @param field JSON path of the field or the query parameter, e.g. {@code reasons[1]}, {@code limit}
 * @param code  stable machine-readable code, e.g. {@code required}, {@code unknown-reason}
 */
public record FieldError(String field, String code, String message, String messageZh) {
}
