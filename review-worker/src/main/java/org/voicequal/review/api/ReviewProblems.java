package org.voicequal.review.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.voicequal.pipeline.blob.BlobStore;
import org.voicequal.review.task.FieldError;
import org.voicequal.review.task.InvalidRequestException;
import org.voicequal.review.task.TaskConflictException;
import org.voicequal.review.task.TaskNotFoundException;

/**
 * Every refusal of the reviewer API as an RFC 9457 problem detail, titled in English and Chinese
 * ({@code titleZh}), with an {@code errors} member listing each field, its code and its reason in both. A
 * message never repeats a value from a task: it may be personal data. Ordered first, so that these answers
 * win over the framework's generic problem details for the same exceptions.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ReviewProblems {

    private static final String TYPE = "https://voicequal.org/problems/";

    @ExceptionHandler(UnauthenticatedException.class)
    ResponseEntity<ProblemDetail> unauthenticated(UnauthenticatedException e) {
        return e.keyGiven()
                ? problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "The API key belongs to no reviewer",
                        "API 密鑰無效，不屬於任何審核員", List.of())
                : problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "A reviewer's API key is required in X-Api-Key",
                        "請在 X-Api-Key 中提供審核員的 API 密鑰", List.of());
    }

    @ExceptionHandler(TaskNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(TaskNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "No such review task or document", "審核任務或證件不存在",
                List.of());
    }

    @ExceptionHandler(BlobStore.BlobNotFoundException.class)
    ResponseEntity<ProblemDetail> imageMissing(BlobStore.BlobNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "document-not-stored", "The document image is not in the store",
                "證件圖片不在存儲中", List.of());
    }

    @ExceptionHandler(DocumentStoreMissingException.class)
    ResponseEntity<ProblemDetail> noStore(DocumentStoreMissingException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "no-document-store", "Document images are not available here",
                "此服務未配置證件圖片存儲", List.of());
    }

    @ExceptionHandler(TaskConflictException.class)
    ResponseEntity<ProblemDetail> conflict(TaskConflictException e) {
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.CONFLICT, "task-conflict", e.conflict().message(),
                e.conflict().messageZh(), List.of());
        response.getBody().setProperty("code", e.conflict().code());
        return response;
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequestException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "The request has invalid fields", "請求的字段有誤",
                e.errors());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "The body is not readable JSON", "請求內容不是有效的 JSON",
                List.of(new FieldError("body", "json", "must be a JSON object of the documented fields",
                        "必須是包含文檔所列字段的 JSON 對象")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "The request has invalid fields", "請求的字段有誤",
                List.of(new FieldError(e.getName(), "type", "must be a " + typeName(e.getRequiredType()),
                        "類型不正確")));
    }

    private static String typeName(Class<?> type) {
        return type == null ? "valid value" : type == Boolean.class || type == boolean.class ? "boolean (true or false)"
                : type == Integer.class || type == int.class ? "whole number" : type.getSimpleName();
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String titleZh,
            List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE + type));
        problem.setTitle(title);
        problem.setDetail(errors.isEmpty() ? title : errors.size() + " field(s) need attention");
        problem.setProperty("titleZh", titleZh);
        problem.setProperty("errors", errors.stream().map(err -> Map.of("field", err.field(), "code", err.code(),
                "message", err.message(), "messageZh", err.messageZh())).toList());
        return ResponseEntity.status(status).body(problem);
    }
}
