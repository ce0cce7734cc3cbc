package org.voicequal.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals personal information (names, ID numbers, contacts, ID photos) with AES-256-GCM, so that it is
 * encrypted at rest in every table, blob and internal event, and only the code that needs the clear text
 * opens it. A sealed text reads {@code pd1:<base64 of nonce and ciphertext>}; the prefix names the key
 * version so that keys can be rotated later without guessing.
 */
public final class PersonalDataCipher {

    private static final String PREFIX = "pd1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();
    /**
     * One cipher per thread, initialized afresh for every value: looking the algorithm up and expanding the key
     * for each of the many small values an event carries was three quarters of the cipher's time (JFR,
     * docs/performance.md). A reused cipher expands the same key only once.
     */
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(PersonalDataCipher::newCipher);

    public PersonalDataCipher(byte[] key) {
        if (key == null || key.length != 32) {
            throw new IllegalArgumentException("the personal-data key must be 32 bytes (256 bits)");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    /** From a base64 key, as configured in {@code pipeline.personal-data-key}. */
    public static PersonalDataCipher fromBase64(String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            throw new IllegalArgumentException("pipeline.personal-data-key is not set");
        }
        return new PersonalDataCipher(Base64.getDecoder().decode(base64Key.strip()));
    }

    public String seal(String clearText) {
        if (clearText == null) {
            return null;
        }
        return PREFIX + Base64.getEncoder().encodeToString(seal(clearText.getBytes(StandardCharsets.UTF_8)));
    }

    public String open(String sealed) {
        if (sealed == null) {
            return null;
        }
        if (!sealed.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a sealed value");
        }
        return new String(open(Base64.getDecoder().decode(sealed.substring(PREFIX.length()))), StandardCharsets.UTF_8);
    }

    public byte[] seal(byte[] clear) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] body = cipher.doFinal(clear);
            byte[] out = new byte[NONCE_BYTES + body.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(body, 0, out, NONCE_BYTES, body.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    public byte[] open(byte[] sealed) {
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalArgumentException("sealed value was altered or sealed with another key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }
}
