package org.voicequal.pipeline.blob;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.voicequal.domain.PersonalDataCipher;

/**
 * A {@link BlobStore} on a directory: {@code <root>/sha256/ab/<hex>}. Images are ID photos and licences,
 * so each file is sealed with the personal-data key: encrypted at rest; the address is the SHA-256 of the
 * clear image, which the reader checks after opening it.
 */
public class FileSystemBlobStore implements BlobStore {

    private static final Pattern KEY = Pattern.compile("sha256/[0-9a-f]{64}");

    private final Path root;
    private final PersonalDataCipher cipher;

    public FileSystemBlobStore(Path root, PersonalDataCipher cipher) {
        this.root = root;
        this.cipher = cipher;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public StoredBlob put(byte[] content) {
        String sha = sha256(content);
        String key = "sha256/" + sha;
        Path file = path(key);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Path temp = Files.createTempFile(file.getParent(), sha, ".part");
                Files.write(temp, cipher.seal(content));
                // atomic: a reader never sees half a file, and two writers of the same image agree
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store blob " + key, e);
        }
        return new StoredBlob(key, sha, content.length);
    }

    @Override
    public byte[] get(String key) {
        byte[] content;
        try {
            content = cipher.open(Files.readAllBytes(path(key)));
        } catch (NoSuchFileException e) {
            throw new BlobNotFoundException("no blob " + key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read blob " + key, e);
        }
        if (!key.equals("sha256/" + sha256(content))) {
            throw new IllegalStateException("blob " + key + " does not match its SHA-256");
        }
        return content;
    }

    private Path path(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a blob key: " + key);
        }
        String hex = key.substring("sha256/".length());
        return root.resolve("sha256").resolve(hex.substring(0, 2)).resolve(hex);
    }
}
