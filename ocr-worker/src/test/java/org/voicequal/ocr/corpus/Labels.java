package org.voicequal.ocr.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads and writes a corpus directory's {@code labels.json}: a JSON array of {@link Label}, one per image. */
public final class Labels {

    public static final String FILE = "labels.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Labels() {
    }

    public static List<Label> read(Path corpus) throws IOException {
        return JSON.readValue(corpus.resolve(FILE).toFile(), new TypeReference<List<Label>>() { });
    }

    public static void write(Path corpus, List<Label> labels) throws IOException {
        Files.writeString(corpus.resolve(FILE), JSON.writeValueAsString(labels) + "\n");
    }
}
