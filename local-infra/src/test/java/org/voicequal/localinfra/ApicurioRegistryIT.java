package org.voicequal.localinfra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry's side of crash recovery, on the real registry: a registry process left on the storage by a
 * launcher that is gone is stopped before the new one starts, and storage that a live launcher holds is refused.
 */
class ApicurioRegistryIT {

    @TempDir
    Path dir;

    @Test
    void aRegistryLeftRunningByAGoneLauncherIsStoppedAndTheNewOneServes() throws Exception {
        Path storage = dir.resolve("registry/registry");
        Files.createDirectories(storage.getParent());
        // a stand-in for a registry that outlived its launcher: a JVM with the registry's command-line mark
        try (ChildJvm orphan = ChildJvm.start(List.of("-Dvoicequal.local-infra=apicurio-registry"),
                System.getProperty("java.class.path"), ChildJvm.Sleeper.class.getName())) {
            assertThat(orphan.nextLine()).isEqualTo("started");
            Files.writeString(dir.resolve("registry/registry.pid"), orphan.process.pid() + "\n"
                    + orphan.process.toHandle().info().startInstant().orElseThrow() + "\n");

            try (ApicurioRegistry registry = ApicurioRegistry.start(storage, dir.resolve("registry.log"))) {
                assertThat(orphan.process.isAlive()).as("the orphan").isFalse();
                HttpResponse<String> subjects = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(registry.confluentCompatibleUrl() + "/subjects")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(subjects.statusCode()).isEqualTo(200);
                assertThat(Files.readString(dir.resolve("registry/registry.pid")))
                        .as("the new registry's pid, recorded").doesNotStartWith(orphan.process.pid() + "\n");
            }
            assertThat(dir.resolve("registry/registry.pid")).as("removed on a clean stop").doesNotExist();
        }
    }

    @Test
    void storageThatALiveLauncherHoldsIsRefusedAndItsRegistryLeftAlone() throws Exception {
        Path storage = dir.resolve("registry/registry");
        Files.createDirectories(storage.getParent());
        try (ChildJvm launcher = ChildJvm.start("LockHolder", ChildJvm.LockHolder.class,
                    dir.resolve("registry/registry.lock").toString());
             ChildJvm itsRegistry = ChildJvm.start(List.of("-Dvoicequal.local-infra=apicurio-registry"),
                     System.getProperty("java.class.path"), ChildJvm.Sleeper.class.getName())) {
            assertThat(launcher.nextLine()).isEqualTo("locked");
            assertThat(itsRegistry.nextLine()).isEqualTo("started");
            Files.writeString(dir.resolve("registry/registry.pid"), itsRegistry.process.pid() + "\n"
                    + itsRegistry.process.toHandle().info().startInstant().orElseThrow() + "\n");

            assertThatThrownBy(() -> ApicurioRegistry.start(storage, dir.resolve("registry.log")))
                    .hasMessageContaining("in use by another running local pipeline");
            assertThat(itsRegistry.process.isAlive()).as("the live launcher's registry").isTrue();
        }
    }
}
