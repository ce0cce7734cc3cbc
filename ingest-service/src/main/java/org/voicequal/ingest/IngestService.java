package org.voicequal.ingest;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;
import org.voicequal.pipeline.PipelineConfiguration;

/**
 * ingest-service: accepts qualification submissions (企業資質) over HTTP, checks every field at once, stores
 * the images as claim checks, and emits {@code SubmissionReceived} and the first status change. It also
 * keeps each qualification's status history from the status events of the other workers, and asks for an
 * email whenever a status reaches its owner; and it keeps each qualification's latest evaluation from
 * validation-worker, to show its owner every rule's result, masked. And it has ocr-worker read single images
 * for portals that pre-fill a form ({@code POST /v1/recognitions}).
 */
@SpringBootApplication
@Import(PipelineConfiguration.class)
public class IngestService {

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(IngestService.class).properties("spring.config.name=ingest-service");
    }

    public static void main(String[] args) {
        SpringApplication app = application().build();
        app.run(args);
    }
}
