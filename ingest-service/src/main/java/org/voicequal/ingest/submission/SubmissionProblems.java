package org.voicequal.ingest.submission;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.voicequal.domain.InvalidIdentifierException;

/**
 * Every refusal as an RFC 9457 problem detail, with an {@code errors} member listing each field, its code and
 * its reason in English and Chinese. Messages never repeat a submitted value: it may be personal data.
 */
@RestControllerAdvice
public class SubmissionProblems {

    private static final String TYPE = "https://voicequal.org/problems/";

    @ExceptionHandler(InvalidSubmissionException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidSubmissionException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-submission", "The submission has invalid fields",
                "提交的資質信息有誤", e.errors());
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-submission", "A required part is missing", "缺少必需的部分",
                List.of(new FieldError(e.getRequestPartName(), "required", "this multipart part is required", "必填")));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-submission", "The application part is not readable JSON",
                "application 部分不是有效的 JSON", List.of(new FieldError("application", "json",
                        "must be a JSON object of the documented fields, dates as yyyy-MM-dd", "必須是有效的 JSON,日期格式 yyyy-MM-dd")));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "The request is too large",
                "請求過大", List.of(new FieldError("request", "too-large", "each image may be at most 5 MB",
                        "每張圖片不大於5 MB")));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> notMultipart(MultipartException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-submission", "The request is not a readable multipart form",
                "請求不是有效的 multipart 表單", List.of());
    }

    @ExceptionHandler({QualificationNotFoundException.class, InvalidIdentifierException.class})
    ResponseEntity<ProblemDetail> notFound(RuntimeException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "No such qualification", "資質不存在", List.of());
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
