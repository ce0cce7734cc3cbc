package org.voicequal.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voicequal.localinfra.Multipart;

/**
 * The distributed path: every worker's own executable jar, each in its own JVM, configured with exactly the
 * environment docker-compose.yml gives its service ({@link SeparateWorkers}). The sample must reach its
 * decision and its email through these six processes.
 */
class StandaloneWorkersIT {

    private static SeparateWorkers workers;
    private static String applicantKey;

    @BeforeAll
    static void start() throws Exception {
        workers = SeparateWorkers.start("standalone-workers");
        applicantKey = workers.newAccount("acct-demo");
    }

    @AfterAll
    static void stop() {
        if (workers != null) {
            workers.close();
        }
    }

    @Test
    void theSampleIsDecidedAndEmailedThroughSixSeparateWorkers() throws Exception {
        String email = "standalone-" + UUID.randomUUID() + "@example.com";
        String application = Samples.application(Samples.CLEAN).replace("owner@example.com", email);
        Multipart form = new Multipart().json("application", application);
        Multipart.sampleDocuments(Samples.CLEAN).forEach((n, b) -> form.part(n, n + ".png", "image/png", b));

        HttpResponse<String> accepted = form.post(workers.ingestUrl() + "/v1/qualifications", applicantKey);
        assertThat(accepted.statusCode()).isEqualTo(202);
        String id = PipelineClient.JSON.readTree(accepted.body()).get("id").asText();

        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            String body = http.send(HttpRequest.newBuilder(URI.create(workers.ingestUrl() + "/v1/qualifications/" + id))
                            .header("X-Api-Key", applicantKey).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(PipelineClient.JSON.readTree(body).get("status").asText()).isEqualTo("APPROVED");
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> workers.messages().stream()
                .anyMatch(m -> PipelineClient.recipient(m).equals(email)));

        // and every series an alert of prometheus/alerts.yml reads is exported by one of the six
        StringBuilder scraped = new StringBuilder();
        for (String worker : SeparateWorkers.WORKERS) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(workers.managementUrl(worker)
                    + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as("%s's metrics", worker).isEqualTo(200);
            scraped.append(page.body());
        }
        for (String series : alertSeries()) {
            assertThat(scraped).as("an alert reads %s", series).containsPattern("(?m)^" + series + "[{ ]");
        }
    }

    /**
     * The metric names in the alerts' expressions: labels, ranges and functions taken out. {@code up} is
     * Prometheus's own; dead letters are counted from the first one, which a clean run never has.
     */
    @SuppressWarnings("unchecked")
    private static Set<String> alertSeries() throws IOException {
        Set<String> series = new TreeSet<>();
        try (InputStream in = Files.newInputStream(Path.of("..", "prometheus", "alerts.yml"))) {
            Map<String, Object> alerts = new Yaml().load(in);
            for (Object group : (List<Object>) alerts.get("groups")) {
                for (Object rule : (List<Object>) ((Map<String, Object>) group).get("rules")) {
                    String expr = String.valueOf(((Map<String, Object>) rule).get("expr"))
                            .replaceAll("\\{[^}]*}", "").replaceAll("\\[[^]]*]", "");
                    Matcher names = Pattern.compile("\\b([a-z][a-z0-9]*(?:_[a-z0-9]+)+)\\b(?!\\s*\\()").matcher(expr);
                    while (names.find()) {
                        series.add(names.group(1));
                    }
                }
            }
        }
        series.remove("pipeline_dead_letters_total");
        assertThat(series).as("series read from alerts.yml").contains("pipeline_outbox_parked_rows", "review_tasks_overdue");
        return series;
    }
}
