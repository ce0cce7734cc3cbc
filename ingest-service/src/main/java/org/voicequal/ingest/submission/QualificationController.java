package org.voicequal.ingest.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.voicequal.domain.QualificationId;
import org.voicequal.events.DocumentType;

/**
 * {@code POST /v1/qualifications}: multipart with the {@code application} JSON part and one part per
 * document image, named by its type ({@code BUSINESS_LICENCE}, {@code LEGAL_REP_ID_FRONT}, ...).
 * {@code GET /v1/qualifications/{id}}: the qualification, masked, with its status history; every status in it
 * carries its reasons (codes, messages in Chinese and English), and {@code reasons} repeats the current
 * status's: why it waits for a person, or why it was rejected.
 */
@RestController
@RequestMapping("/v1/qualifications")
public class QualificationController {

    private final SubmissionService submissions;
    private final QualificationViews views;

    public QualificationController(SubmissionService submissions, QualificationViews views) {
        this.submissions = submissions;
        this.views = views;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<Map<String, String>> submit(@RequestPart("application") SubmissionForm application,
            MultipartHttpServletRequest request) {
        Map<DocumentType, SubmissionService.Upload> uploads = new EnumMap<>(DocumentType.class);
        Set<String> unknown = new LinkedHashSet<>();
        for (Map.Entry<String, MultipartFile> part : request.getFileMap().entrySet()) {
            if (part.getKey().equals("application")) {
                continue;
            }
            documentType(part.getKey()).ifPresentOrElse(
                    type -> uploads.put(type, new SubmissionService.Upload(bytes(part.getValue()),
                            part.getValue().getOriginalFilename())),
                    () -> unknown.add(part.getKey()));
        }
        QualificationId id = submissions.submit(application, uploads, unknown);
        return ResponseEntity.accepted().location(URI.create("/v1/qualifications/" + id))
                .body(Map.of("id", id.toString(), "status", "UNDER_REVIEW"));
    }

    @GetMapping("/{id}")
    public QualificationView get(@PathVariable("id") String id) {
        return views.masked(QualificationId.parse(id));
    }

    static java.util.Optional<DocumentType> documentType(String partName) {
        String normalized = partName.strip().toUpperCase().replace('-', '_');
        if (normalized.equals(DocumentType.OTHER.name())) {
            return java.util.Optional.of(DocumentType.OTHER);
        }
        for (DocumentType type : DocumentType.values()) {
            if (type.name().equals(normalized)) {
                return java.util.Optional.of(type);
            }
        }
        return java.util.Optional.empty();
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read part " + file.getName(), e);
        }
    }
}
