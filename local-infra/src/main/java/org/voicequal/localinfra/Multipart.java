package org.voicequal.localinfra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A multipart/form-data request as a portal sends it: the application JSON and one part per image. */
public final class Multipart {

    private final String boundary = "----qualification" + UUID.randomUUID();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    public Multipart json(String name, String json) {
        return part(name, name + ".json", "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    public Multipart part(String name, String filename, String contentType, byte[] content) {
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        body.writeBytes(content);
        write("\r\n");
        return this;
    }

    /** An application set's images ({@code documents/<TYPE>.png}), by part name. */
    public static Map<String, byte[]> sampleDocuments(Path samples) throws IOException {
        Map<String, byte[]> documents = new LinkedHashMap<>();
        try (var files = Files.list(samples.resolve("documents"))) {
            for (Path file : files.sorted().toList()) {
                documents.put(file.getFileName().toString().replace(".png", ""), Files.readAllBytes(file));
            }
        }
        return documents;
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** The whole body, closed; the form itself stays open for more parts. */
    public byte[] body() {
        ByteArrayOutputStream closed = new ByteArrayOutputStream();
        closed.writeBytes(body.toByteArray());
        closed.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return closed.toByteArray();
    }

    /** POSTs the form with the caller's API key ({@code X-Api-Key}). */
    public HttpResponse<String> post(String url, String apiKey) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", contentType()).header("X-Api-Key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void write(String s) {
        body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
