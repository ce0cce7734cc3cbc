package org.voicequal.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.api.Test;

/**
 * The build-time check: every event schema must stay BACKWARD compatible with the last released version
 * (a consumer on the new schema reads everything written with the released one). Released schemas live in
 * {@code schemas/released/<version>/}; on a release, copy the current schemas there.
 */
class SchemaCompatibilityTest {

    private static final Path RELEASED = Path.of("released");

    @Test
    void everyTopicHasAReleasedSchemaAndTheCurrentOneReadsIt() throws IOException {
        Path last = lastRelease();
        for (Topic<?> topic : Topics.all()) {
            Path file = last.resolve(topic.valueType().getSimpleName() + ".avsc");
            assertThat(file).as("released schema of %s", topic.name()).exists();
            Schema released = new Schema.Parser().parse(file.toFile());
            var result = SchemaCompatibility.checkReaderWriterCompatibility(topic.valueSchema(), released);
            assertThat(result.getType())
                    .as("%s is not BACKWARD compatible with release %s: %s. Give new fields a default, keep removed"
                            + " enum symbols, or release a new topic version.", topic.valueType().getSimpleName(),
                            last.getFileName(), result.getResult().getIncompatibilities())
                    .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
        }
    }

    /** Data written under any earlier release may still be in a topic: the current schema reads all of them. */
    @Test
    void theCurrentSchemasReadEveryEarlierRelease() throws IOException {
        try (Stream<Path> versions = Files.list(RELEASED)) {
            for (Path release : versions.filter(Files::isDirectory).toList()) {
                for (Topic<?> topic : Topics.all()) {
                    Path file = release.resolve(topic.valueType().getSimpleName() + ".avsc");
                    if (Files.exists(file)) {
                        Schema released = new Schema.Parser().parse(file.toFile());
                        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(topic.valueSchema(), released)
                                .getType()).as("%s against release %s", topic.name(), release.getFileName())
                                .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
                    }
                }
            }
        }
    }

    @Test
    void theCheckCatchesANewFieldWithoutADefault() throws IOException {
        Schema released = new Schema.Parser().parse(lastRelease().resolve("QualificationStatusChanged.avsc").toFile());
        String broken = Topics.STATUS_CHANGED.valueSchema().toString()
                .replace("{\"name\":\"source\",", "{\"name\":\"region\",\"type\":\"string\"},{\"name\":\"source\",");
        Schema changed = new Schema.Parser().parse(broken);
        assertThat(changed.getField("region")).isNotNull();
        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(changed, released).getType())
                .isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
    }

    @Test
    void thePublicStatusEventCarriesNoPersonalField() {
        Schema schema = Topics.STATUS_CHANGED.valueSchema();
        assertThat(Topics.STATUS_CHANGED.publicContract()).isTrue();
        assertThat(schema.getFields()).extracting(Schema.Field::name)
                .noneMatch(name -> name.toLowerCase().matches(".*(name|idnumber|contact|recipient|phone|email).*"));
    }

    private static Path lastRelease() throws IOException {
        try (Stream<Path> versions = Files.list(RELEASED)) {
            return versions.filter(Files::isDirectory)
                    .max(Comparator.comparing(SchemaCompatibilityTest::versionKey))
                    .orElseThrow();
        }
    }

    /** 0.10.0 after 0.9.0: compare numerically, part by part. */
    private static String versionKey(Path dir) {
        StringBuilder key = new StringBuilder();
        for (String part : dir.getFileName().toString().split("\\.")) {
            key.append(String.format("%08d", Integer.parseInt(part.replaceAll("\\D", "0"))));
        }
        return key.toString();
    }
}
