package org.voicequal.local;

import org.voicequal.localinfra.Multipart;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the running pipeline from the outside, as a portal sees it: the time from {@code POST} to a
 * final status for the sample, one at a time (latency) and all at once (throughput). Each submission gets
 * images no earlier one had (bytes appended after the PNG end, which decoders ignore), so OCR really runs;
 * a second pass resubmits identical images, which ocr-worker recognises by SHA-256 and does not read again.
 */
public final class PipelineBench {

    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z_]+)\",\"masked\"");

    private final String ingestUrl;
    private final String apiKey;
    private final String application;
    private final Map<String, byte[]> documents;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String run = java.util.UUID.randomUUID().toString();
    private int variant;

    PipelineBench(String ingestUrl, String apiKey, Path samples) throws IOException {
        this.ingestUrl = ingestUrl;
        this.apiKey = apiKey;
        this.application = Files.readString(samples.resolve("application.json"));
        this.documents = Multipart.sampleDocuments(samples);
    }

    static void run(String ingestUrl, String apiKey, Path samples, int count) throws Exception {
        PipelineBench bench = new PipelineBench(ingestUrl, apiKey, samples);
        bench.submitAndAwait(true); // warm-up: JIT, Tesseract handles, registry caches
        report("sequential, fresh images", bench.sequential(count, true));
        report("sequential, identical images (OCR cache)", bench.sequential(count, false));
        long start = System.nanoTime();
        List<Double> burst = bench.burst(count);
        double seconds = (System.nanoTime() - start) / 1e9;
        report("burst of " + count + ", fresh images", burst);
        System.out.printf("  throughput: %.2f submissions/s (%d in %.1f s)%n", count / seconds, count, seconds);
    }

    private List<Double> sequential(int count, boolean fresh) throws Exception {
        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            latencies.add(submitAndAwait(fresh));
        }
        return latencies;
    }

    private List<Double> burst(int count) throws Exception {
        List<String> ids = new ArrayList<>();
        List<Long> starts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            starts.add(System.nanoTime());
            ids.add(submit(true));
        }
        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            awaitFinal(ids.get(i));
            latencies.add((System.nanoTime() - starts.get(i)) / 1e6);
        }
        return latencies;
    }

    private double submitAndAwait(boolean fresh) throws Exception {
        long start = System.nanoTime();
        awaitFinal(submit(fresh));
        return (System.nanoTime() - start) / 1e6;
    }

    private String submit(boolean fresh) throws Exception {
        Multipart form = new Multipart().json("application", application);
        int v = fresh ? ++variant : 0;
        for (Map.Entry<String, byte[]> d : documents.entrySet()) {
            byte[] bytes = d.getValue();
            if (v > 0) {
                byte[] suffix = ("bench-" + run + "-" + v).getBytes(StandardCharsets.US_ASCII);
                bytes = Arrays.copyOf(bytes, bytes.length + suffix.length);
                System.arraycopy(suffix, 0, bytes, d.getValue().length, suffix.length);
            }
            form.part(d.getKey(), d.getKey() + ".png", "image/png", bytes);
        }
        HttpResponse<String> response = form.post(ingestUrl + "/v1/qualifications", apiKey);
        Matcher id = ID.matcher(response.body());
        if (response.statusCode() != 202 || !id.find()) {
            throw new IllegalStateException("submission refused: " + response.statusCode() + " " + response.body());
        }
        return id.group(1);
    }

    private void awaitFinal(String id) throws Exception {
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (System.nanoTime() < deadline) {
            String body = http.send(HttpRequest.newBuilder(URI.create(ingestUrl + "/v1/qualifications/" + id))
                            .header("X-Api-Key", apiKey).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
            Matcher status = STATUS.matcher(body);
            if (status.find() && !status.group(1).equals("UNDER_REVIEW")) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException(id + " did not reach a final status in 10 minutes");
    }

    private static void report(String name, List<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("  %-44s n=%d  p50 %.0f ms  p95 %.0f ms  max %.0f ms%n", name, sorted.length,
                percentile(sorted, 50), percentile(sorted, 95), sorted[sorted.length - 1]);
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
