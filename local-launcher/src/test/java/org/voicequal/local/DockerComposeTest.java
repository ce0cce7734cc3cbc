package org.voicequal.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;
import org.voicequal.ocr.OcrProperties;
import org.voicequal.pipeline.PipelineProperties;

/**
 * No Docker engine runs here, so the production topology is checked as text: every worker is its own
 * service built from its own module, and every environment variable it is given names a key that the
 * worker actually reads (relaxed binding: SPRING_DATASOURCE_URL is spring.datasource.url).
 */
class DockerComposeTest {

    private static final Path COMPOSE = Path.of("..", "docker-compose.yml");
    /** Keys that must come from the environment: anything else would point a container at itself. */
    private static final List<String> INFRASTRUCTURE = List.of("spring.datasource.url", "spring.kafka.bootstrap-servers",
            "pipeline.schema-registry-url", "pipeline.personal-data-key");

    @ParameterizedTest
    @ValueSource(strings = {"ingest-service", "ocr-worker", "validation-worker", "review-worker", "expiry-worker",
            "notify-worker"})
    void everyWorkerIsItsOwnServiceAndReadsEveryKeyItIsGiven(String worker) throws IOException {
        Map<String, Object> service = service(worker);
        assertThat(service).as("service %s", worker).isNotNull();
        Map<String, Object> build = map(service.get("build"));
        assertThat(map(build.get("args"))).containsEntry("MODULE", worker);
        assertThat(Files.isDirectory(Path.of("..", worker))).isTrue();

        Set<String> readable = keysOf(worker);
        Map<String, Object> environment = map(service.get("environment"));
        for (String variable : environment.keySet()) {
            assertThat(readable).as("%s is given %s, which it does not read", worker, variable)
                    .contains(normalize(variable));
        }
        for (String key : INFRASTRUCTURE) {
            assertThat(environment.keySet().stream().map(DockerComposeTest::normalize))
                    .as("%s must be given %s", worker, key).contains(normalize(key));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest-service", "ocr-worker"})
    void theWorkersThatHandleImagesShareTheBlobVolume(String worker) throws IOException {
        Map<String, Object> service = service(worker);
        assertThat(map(service.get("environment"))).containsEntry("PIPELINE_BLOB_STORE_ROOT", "/blobs");
        assertThat(service.get("volumes")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).contains("blobs:/blobs");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest-service", "ocr-worker", "validation-worker", "review-worker", "expiry-worker",
            "notify-worker"})
    void prometheusScrapesEveryInstanceOfEveryWorkerOnTheManagementPortItIsGiven(String worker) throws IOException {
        Map<String, Object> environment = map(service(worker).get("environment"));
        Object port = environment.getOrDefault("MANAGEMENT_SERVER_PORT", environment.get("SERVER_PORT"));
        assertThat(port).as("%s's management port", worker).isNotNull();

        Map<String, Object> job = prometheus().get("scrape_configs") instanceof List<?> jobs ? jobs.stream()
                .map(DockerComposeTest::map).filter(j -> worker.equals(j.get("job_name"))).findFirst().orElse(null) : null;
        assertThat(job).as("a scrape job for %s", worker).isNotNull();
        assertThat(job).containsEntry("metrics_path", "/actuator/prometheus");
        // DNS discovery: one target per container, so a scaled worker is scraped whole
        Map<String, Object> discovery = map(((List<?>) job.get("dns_sd_configs")).get(0));
        assertThat(discovery.get("names")).isEqualTo(List.of(worker));
        assertThat(String.valueOf(discovery.get("port"))).isEqualTo(String.valueOf(port));
    }

    @org.junit.jupiter.api.Test
    void prometheusRunsInTheTopologyWithItsAlertRules() throws IOException {
        Map<String, Object> prometheus = service("prometheus");
        assertThat(prometheus).as("a prometheus service").isNotNull();
        assertThat((List<?>) prometheus.get("volumes")).anySatisfy(v -> assertThat(v.toString()).startsWith("./prometheus/prometheus.yml:"))
                .anySatisfy(v -> assertThat(v.toString()).startsWith("./prometheus/alerts.yml:/etc/prometheus/alerts.yml"));
        assertThat(prometheus().get("rule_files")).isEqualTo(List.of("/etc/prometheus/alerts.yml"));
        try (InputStream in = Files.newInputStream(Path.of("..", "prometheus", "alerts.yml"))) {
            Map<String, Object> alerts = new Yaml().load(in);
            assertThat((List<?>) alerts.get("groups")).isNotEmpty();
        }
    }

    @org.junit.jupiter.api.Test
    void theSeparateWorkersBenchStartsEachWorkerWithTheDockerfilesJvmOptions() throws IOException {
        // the bench reads them from the ENTRYPOINT, so that its figures stay those of the image as it is
        String dockerfile = Files.readString(Path.of("..", "Dockerfile"));
        List<String> options = SeparateWorkersBench.dockerfileJvmOptions();
        assertThat(options).isNotEmpty().allSatisfy(o -> assertThat(o).startsWith("-"));
        assertThat(dockerfile).contains("ENTRYPOINT [\"java\", \"" + String.join("\", \"", options) + "\", \"-jar\"");
    }

    private static Map<String, Object> prometheus() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("..", "prometheus", "prometheus.yml"))) {
            return new Yaml().load(in);
        }
    }

    private static Map<String, Object> service(String name) throws IOException {
        try (InputStream in = Files.newInputStream(COMPOSE)) {
            Map<String, Object> compose = new Yaml().load(in);
            return map(map(compose.get("services")).get(name));
        }
    }

    /** Every key the worker's own configuration file sets, plus every key of its typed properties. */
    private static Set<String> keysOf(String worker) throws IOException {
        Set<String> keys = new HashSet<>();
        try (InputStream in = DockerComposeTest.class.getResourceAsStream("/" + worker + ".yml")) {
            assertThat(in).as("%s.yml on the classpath", worker).isNotNull();
            flatten("", new Yaml().load(in), keys);
        }
        recordKeys("pipeline", PipelineProperties.class, keys);
        if (worker.equals("ocr-worker")) {
            recordKeys("ocr", OcrProperties.class, keys);
        }
        return keys;
    }

    private static void flatten(String prefix, Object node, Set<String> keys) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> flatten(prefix.isEmpty() ? k.toString() : prefix + "." + k, v, keys));
        } else {
            keys.add(normalize(prefix));
        }
    }

    private static void recordKeys(String prefix, Class<?> type, Set<String> keys) {
        for (RecordComponent component : type.getRecordComponents()) {
            String key = prefix + "." + component.getName();
            if (component.getType().isRecord()) {
                recordKeys(key, component.getType(), keys);
            } else {
                keys.add(normalize(key));
            }
        }
    }

    /** Relaxed binding, reduced to letters and digits: spring.kafka.bootstrap-servers ~ SPRING_KAFKA_BOOTSTRAPSERVERS. */
    private static String normalize(String key) {
        return key.toLowerCase().replaceAll("[^a-z0-9]", "");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }
}
