package org.voicequal.ingest.recognition;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.voicequal.ingest.account.Caller;
import org.voicequal.ingest.account.Role;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;
import org.voicequal.events.DocumentType;
import org.voicequal.ingest.submission.DocumentUploads;
import org.voicequal.ingest.submission.FieldError;

/**
 * {@code POST /v1/recognitions}: multipart with one image part named by its document type
 * ({@code BUSINESS_LICENCE}, {@code ADMIN_ID_FRONT}, ...); ocr-worker reads it and the answer lists each field
 * read, in clear, with its confidence and whether both engines agree (200). When no answer comes within
 * {@code ingest.recognition.timeout}, the answer is 202 with {@code fillByHand.code = timeout} and the address
 * where the reading can still be fetched: {@code GET /v1/recognitions/{id}}.
 */
@RestController
@RequestMapping("/v1/recognitions")
public class RecognitionController {

    private static final Logger log = LoggerFactory.getLogger(RecognitionController.class);
    /** The servlet container's own limit on the wait, past ours: it only answers if ours somehow did not. */
    private static final Duration BACKSTOP = Duration.ofSeconds(10);

    private final Recognitions recognitions;
    private final RecognitionWaiter waiter;
    private final RecognitionProperties properties;

    public RecognitionController(Recognitions recognitions, RecognitionWaiter waiter, RecognitionProperties properties) {
        this.recognitions = recognitions;
        this.waiter = waiter;
        this.properties = properties;
    }

    @PostMapping
    @Operation(summary = "Read one document image to pre-fill a form (識別證件以預填表單)", requestBody = @RequestBody(
            required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(
                    type = "object", description = "exactly one image part (JPG, PNG or GIF, at most 5 MB), named by"
                    + " its document type: BUSINESS_LICENCE, LEGAL_REP_ID_FRONT, ADMIN_ID_FRONT, ..."))))
    public DeferredResult<ResponseEntity<RecognitionView>> recognize(Caller caller, HttpServletRequest request) {
        // the image is the applicant's own: only its account reads the result, in clear, by the request's id
        String accountId = caller.require(Role.APPLICANT).accountId();
        Upload upload = upload(request);
        long start = System.nanoTime();
        UUID id = recognitions.request(upload.type(), upload.bytes(), accountId);

        DeferredResult<ResponseEntity<RecognitionView>> result =
                new DeferredResult<>(properties.timeout().plus(BACKSTOP).toMillis());
        result.onTimeout(() -> result.setResult(answer(id, accountId, true)));
        waiter.await(id, properties.timeout()).thenAcceptAsync(answered -> {
            try {
                ResponseEntity<RecognitionView> response = answer(id, accountId, !answered);
                log.info("recognition {} of a {} answered {} in {} ms", id, upload.type(),
                        response.getBody().status(), (System.nanoTime() - start) / 1_000_000);
                result.setResult(response);
            } catch (RuntimeException e) {
                result.setErrorResult(e);
            }
        }, waiter.executor());
        return result;
    }

    @GetMapping("/{id}")
    public RecognitionView get(Caller caller, @PathVariable("id") String id) {
        String accountId = caller.require(Role.APPLICANT).accountId(); // another account's id: 404, as unknown
        return recognitions.find(requestId(id), accountId, false).orElseThrow(RecognitionNotFoundException::new);
    }

    /** 202 while no answer: the request was accepted, its result is not there yet. */
    private ResponseEntity<RecognitionView> answer(UUID id, String accountId, boolean waitedOut) {
        RecognitionView view = recognitions.find(id, accountId, waitedOut).orElseThrow(RecognitionNotFoundException::new);
        ResponseEntity.BodyBuilder response = view.status() == RecognitionView.Status.PENDING
                ? ResponseEntity.accepted() : ResponseEntity.ok();
        return response.location(URI.create("/v1/recognitions/" + id)).body(view);
    }

    private static UUID requestId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new RecognitionNotFoundException();
        }
    }

    /** Exactly one image part, named by a document type OCR can read; its content is checked by the service. */
    private static Upload upload(HttpServletRequest request) {
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart == null) {
            throw new NotMultipartException();
        }
        MultiValueMap<String, MultipartFile> parts = multipart.getMultiFileMap();
        int count = parts.values().stream().mapToInt(List::size).sum();
        if (count == 0) {
            throw new InvalidRecognitionException(List.of(new FieldError("image", "required",
                    "send one document image, in a part named by its type (e.g. BUSINESS_LICENCE)",
                    "請上傳一張證件圖片,部分名稱為證件類型(如 BUSINESS_LICENCE)")));
        }
        if (count > 1) {
            throw new InvalidRecognitionException(List.of(new FieldError("image", "too-many",
                    "send exactly one image per request (" + count + " were sent)",
                    "每次只能識別一張圖片(收到" + count + "張)")));
        }
        Map.Entry<String, List<MultipartFile>> part = parts.entrySet().iterator().next();
        DocumentType type = DocumentUploads.typeOf(part.getKey()).filter(t -> t != DocumentType.OTHER)
                .orElseThrow(() -> new InvalidRecognitionException(List.of(new FieldError(part.getKey(),
                        "unknown-document", "is not a document type that can be read; use one of "
                        + Arrays.stream(DocumentType.values()).filter(t -> t != DocumentType.OTHER).toList(),
                        "不是可識別的證件類型"))));
        try {
            return new Upload(type, part.getValue().get(0).getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the image part", e);
        }
    }

    private record Upload(DocumentType type, byte[] bytes) {
    }

    static class NotMultipartException extends RuntimeException {
    }

    static class RecognitionNotFoundException extends RuntimeException {
    }
}
