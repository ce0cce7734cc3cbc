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
