package org.voicequal.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.voicequal.domain.time.ChinaTime;

/**
 * The committed application sets ({@code samples/applications}) as the end-to-end tests submit them, and the
 * day they were dated for: their letters and ID cards are dated relative to the day they were generated, so the
 * pipeline under test runs with its clock shifted to two days after it ({@link #settings()}), and the tests mean
 * the same thing next year.
 */
final class Samples {

    static final Path APPLICATIONS = Path.of("..", "samples", "applications");
    /** The clean application: every rule passes on what both engines confirm. */
    static final Path CLEAN = APPLICATIONS.resolve("clean-approved");

    private Samples() {
    }

    static String application(Path set) {
        try {
            return Files.readString(set.resolve("application.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The set's form with {@code pointer} (e.g. {@code /legalRepresentative/idValidTo}) set to {@code value}. */
    static String with(String application, String pointer, String value) {
        ObjectNode form = (ObjectNode) read(application);
        int slash = pointer.lastIndexOf('/');
        ((ObjectNode) form.at(pointer.substring(0, slash))).put(pointer.substring(slash + 1), value);
        return form.toString();
    }

    static String with(String application, String pointer, boolean value) {
        ObjectNode form = (ObjectNode) read(application);
        int slash = pointer.lastIndexOf('/');
        ((ObjectNode) form.at(pointer.substring(0, slash))).put(pointer.substring(slash + 1), value);
        return form.toString();
    }

    static String value(String application, String pointer) {
        return read(application).at(pointer).asText();
    }

    /** Every worker's settings for a pipeline that lives two days after the sets were generated. */
    static Map<String, Object> settings() {
        return Map.of("pipeline.clock-offset", clockOffset().toString());
    }

    static Duration clockOffset() {
        LocalDate generatedOn = LocalDate.parse(read(APPLICATIONS.resolve("sets.json")).get(0).get("generatedOn").asText());
        Instant day = generatedOn.plusDays(2).atTime(LocalTime.of(10, 0)).atZone(ChinaTime.ZONE).toInstant();
        return Duration.between(Instant.now(), day);
    }

    private static JsonNode read(String json) {
        try {
            return PipelineClient.JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return PipelineClient.JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
