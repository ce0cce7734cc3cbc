package org.voicequal.ingest.recognition;

import static org.voicequal.ingest.submission.SubmissionProblems.problem;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.voicequal.ingest.submission.FieldError;

/**
 * Refused recognition requests as RFC 9457 problem details, shaped as the submission's are ({@code errors}
 * with field, code and both languages; {@code titleZh}). Oversized requests are answered by the submission's
 * handler, which covers every upload.
 */
@RestControllerAdvice(assignableTypes = RecognitionController.class)
class RecognitionProblems {

    @ExceptionHandler(InvalidRecognitionException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRecognitionException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-recognition", "The image cannot be recognised",
                "無法識別此圖片", e.errors());
    }

    @ExceptionHandler(RecognitionController.NotMultipartException.class)
    ResponseEntity<ProblemDetail> notMultipart() {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                "The request must be multipart/form-data", "請求必須是 multipart/form-data 表單",
                List.of(new FieldError("request", "content-type",
                        "send multipart/form-data with one image part named by its document type",
                        "請以 multipart/form-data 發送一張圖片,部分名稱為證件類型")));
    }

    @ExceptionHandler(RecognitionController.RecognitionNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound() {
        return problem(HttpStatus.NOT_FOUND, "not-found", "No such recognition", "識別請求不存在", List.of());
    }
}
