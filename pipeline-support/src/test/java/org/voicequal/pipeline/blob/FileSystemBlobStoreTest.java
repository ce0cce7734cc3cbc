package org.voicequal.pipeline.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voicequal.domain.PersonalDataCipher;

class FileSystemBlobStoreTest {

    private static final byte[] KEY = new byte[32];

    static {
        Arrays.fill(KEY, (byte) 9);
    }

    @TempDir
    Path root;

    @Test
    void storesByContentEncryptedAndReadsBackVerified() throws Exception {
        FileSystemBlobStore store = new FileSystemBlobStore(root, new PersonalDataCipher(KEY));
        byte[] image = "an ID card photo".getBytes(StandardCharsets.UTF_8);

        BlobStore.StoredBlob blob = store.put(image);

        // SHA-256("an ID card photo"), computed independently with sha256sum
        assertThat(blob.sha256()).isEqualTo("ad321efd995688582c1f43e1e233655601407bb1605a268ab1eb148a3cebe023");
        assertThat(blob.key()).isEqualTo("sha256/" + blob.sha256());
        assertThat(store.put(image)).as("the same content is the same blob").isEqualTo(blob);
        assertThat(store.get(blob.key())).isEqualTo(image);

        Path file = root.resolve("sha256").resolve(blob.sha256().substring(0, 2)).resolve(blob.sha256());
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).doesNotContain("ID card");
    }

    @Test
    void aMissingOrForeignBlobIsRefused() {
        FileSystemBlobStore store = new FileSystemBlobStore(root, new PersonalDataCipher(KEY));
        assertThatThrownBy(() -> store.get("sha256/" + "0".repeat(64))).isInstanceOf(BlobStore.BlobNotFoundException.class);
        assertThatThrownBy(() -> store.get("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }
}
