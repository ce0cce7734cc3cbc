package org.voicequal.ingest.submission;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.jdbi.v3.core.JdbiException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.voicequal.domain.InvalidIdentifierException;
import org.voicequal.ingest.account.AccountNotFoundException;
import org.voicequal.ingest.account.ForbiddenException;
import org.voicequal.ingest.account.UnauthenticatedException;
import org.voicequal.pipeline.consume.TransientFailures;
import org.voicequal.schemas.registry.SchemaRegistryException;
import org.voicequal.schemas.registry.WriterSchemaUnavailableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every refusal as an RFC 9457 problem detail, with an {@code errors} member listing each field, its code and
 * its reason in English and Chinese. Messages never repeat a submitted value: it may be personal data.
 *
 * <p>First among the handlers: Spring Boot's own problem-details handler (enabled in ingest-service.yml for
 * what this class does not answer) would otherwise answer unreadable JSON, a missing part and a wrong content
 * type first, in English only and without the field.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
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

    /**
     * The {@code application} part could not be read into the form: not well-formed JSON (with the line and
     * column Jackson gives), a field of the wrong type (its path, code {@code format}), or not an object at all.
     * Jackson's own message is never passed on: it quotes the offending text.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-submission", "The application part is not readable JSON",
                "application 部分不是有效的 JSON", List.of(unreadableField(e)));
    }

    public static FieldError unreadableField(Throwable e) {
        JacksonException jackson = jacksonCause(e);
        if (jackson instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = path(databind.getPath());
            Class<?> target = databind instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
            String[] expected = expected(target);
            return new FieldError(field, "format", "has the wrong type: expected " + expected[0],
                    "類型不正確,應為" + expected[1]);
        }
        if (jackson instanceof DatabindException) {
            return new FieldError("application", "format", "must be a JSON object of the documented fields",
                    "必須是包含所列字段的 JSON 對象");
        }
        TokenStreamLocation location = jackson == null ? null : jackson.getLocation();
        if (location != null && location.getLineNr() > 0) {
            return new FieldError("application", "malformed-json", "is not well-formed JSON (line "
                    + location.getLineNr() + ", column " + location.getColumnNr() + ")",
                    "不是格式正確的 JSON(第" + location.getLineNr() + "行,第" + location.getColumnNr() + "列)");
        }
        return new FieldError("application", "malformed-json", "is not well-formed JSON", "不是格式正確的 JSON");
    }

    private static JacksonException jacksonCause(Throwable e) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    /** {@code enterprise.termEnd}, {@code documents[2]}: the form's own field names, as the checks name them. */
    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : references) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "application" : path.toString();
    }

    private static String[] expected(Class<?> target) {
        if (target == null) {
            return new String[] {"another type", "其他類型"};
        }
        if (LocalDate.class.equals(target)) {
            return new String[] {"a date as \"yyyy-MM-dd\"", "日期,格式 yyyy-MM-dd"};
        }
        if (Boolean.class.equals(target) || boolean.class.equals(target)) {
            return new String[] {"true or false", "true 或 false"};
        }
        if (String.class.equals(target)) {
            return new String[] {"a string", "字符串"};
        }
        if (target.isRecord()) {
            return new String[] {"an object", "對象"};
        }
        return new String[] {"another type", "其他類型"};
    }

    /**
     * A request that is not multipart, or an {@code application} part not sent as {@code application/json}:
     * 415, in both languages, naming which of the two it is.
     */
    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedMediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    "The application part must be sent as application/json", "application 部分必須以 application/json 發送",
                    List.of(new FieldError("application", "content-type",
                            "send this part with Content-Type: application/json", "此部分的 Content-Type 必須是 application/json")));
        }
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                "The request must be multipart/form-data", "請求必須是 multipart/form-data 表單",
                List.of(new FieldError("request", "content-type",
                        "send multipart/form-data: an application/json part named application and one part per document image",
                        "請以 multipart/form-data 發送:名為 application 的 JSON 部分,每張證件圖片一個部分")));
    }

    /**
     * The database or the registry is away (restarting, failing over), or a schema this service writes is not
     * registered: nothing was stored (the transaction rolled back), and the same request will succeed once the
     * part is back. 503 with {@code Retry-After} tells a portal to send it again, with its Idempotency-Key. Not
     * left to the default 500: when PostgreSQL cuts a connection, the cause chain reads "Broken pipe" or
     * "Connection reset", which Spring MVC takes for the HTTP client having gone away, and then answers nothing:
     * the client saw 200 with an empty body, as if its submission had been taken (seen by {@code FaultsIT} with
     * PostgreSQL restarted). Other failures of these parts are rethrown, to the usual 500.
     */
    @ExceptionHandler({JdbiException.class, SchemaRegistryException.class, WriterSchemaUnavailableException.class,
            org.springframework.dao.DataAccessResourceFailureException.class})
    ResponseEntity<ProblemDetail> unavailable(RuntimeException e) {
        if (!TransientFailures.isTransient(e)) {
            throw e;
        }
        ResponseEntity<ProblemDetail> answer = problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable",
                "The service is briefly unavailable and stored nothing; send the same request again",
                "服務暫時不可用,未保存任何內容,請重新發送同一請求", List.of());
        return ResponseEntity.status(answer.getStatusCode()).header(HttpHeaders.RETRY_AFTER, "5").body(answer.getBody());
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

    @ExceptionHandler(AccountNotFoundException.class)
    ResponseEntity<ProblemDetail> accountNotFound(AccountNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "No such account or key", "賬號或密鑰不存在", List.of());
    }

    @ExceptionHandler(UnauthenticatedException.class)
    ResponseEntity<ProblemDetail> unauthenticated(UnauthenticatedException e) {
        ResponseEntity<ProblemDetail> answer = e.keyPresented()
                ? problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "The API key is unknown or revoked",
                        "API 密鑰無效或已吊銷", List.of())
                : problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "An API key is required in X-Api-Key",
                        "請在 X-Api-Key 中提供 API 密鑰", List.of());
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header("WWW-Authenticate", "ApiKey header=\"X-Api-Key\"")
                .body(answer.getBody());
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<ProblemDetail> forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "This API key's role may not do this (it is "
                + e.role() + "; needed: " + java.util.Arrays.toString(e.allowed()) + ")",
                "此 API 密鑰的角色無權進行此操作", List.of());
    }

    @ExceptionHandler(org.voicequal.ingest.renewal.RenewalRefusedException.class)
    ResponseEntity<ProblemDetail> renewalRefused(org.voicequal.ingest.renewal.RenewalRefusedException e) {
        if (e.changedFields().isEmpty()) {
            return problem(HttpStatus.CONFLICT, "not-renewable", "Only an expiring or expired qualification can be "
                    + "renewed; this one is " + e.status(), "只有即將過期或已過期的資質可以續期", List.of());
        }
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "renewal-changes-fixed-fields",
                "A renewal cannot change these fields", "續期不可修改以下信息", e.changedFields());
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ResponseEntity<ProblemDetail> idempotencyKeyReused(IdempotencyKeyReusedException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                "This Idempotency-Key was already used with another request", "此 Idempotency-Key 已用於另一個請求",
                List.of(new FieldError("Idempotency-Key", "reused",
                        "use a new key for a new request; a retry must repeat the request exactly",
                        "新的請求請使用新的密鑰;重試必須與原請求完全相同")));
    }

    public static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String titleZh,
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
