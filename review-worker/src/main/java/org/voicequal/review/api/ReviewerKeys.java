package org.voicequal.review.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tells the reviewer from an API key, by the key's SHA-256: the configured reviewers (compared in time that
 * does not depend on the match), then the reviewer keys ingest-service issued ({@link IssuedKeys}).
 */
public final class ReviewerKeys {

    private final List<ReviewerKey> keys;
    private final java.util.function.Function<String, Optional<Reviewer>> issued;

    public ReviewerKeys(List<ReviewerKey> keys) {
        this(keys, hash -> Optional.empty());
    }

    public ReviewerKeys(List<ReviewerKey> keys, java.util.function.Function<String, Optional<Reviewer>> issued) {
        this.issued = issued;
        Set<String> names = new HashSet<>();
        Set<String> hashes = new HashSet<>();
        for (ReviewerKey key : keys) {
            if (!names.add(key.name()) || !hashes.add(key.keyHash())) {
                throw new IllegalArgumentException("review.reviewers: each reviewer needs a name and a key of their own ("
                        + key.name() + ")");
            }
        }
        this.keys = List.copyOf(keys);
    }

    public Optional<Reviewer> authenticate(String presentedKey) {
        if (presentedKey == null || presentedKey.isBlank()) {
            return Optional.empty();
        }
        String presentedHash = hash(presentedKey.strip());
        byte[] presented = presentedHash.getBytes(StandardCharsets.US_ASCII);
        Reviewer found = null;
        for (ReviewerKey key : keys) { // every entry compared, so the time does not tell which one matched
            if (MessageDigest.isEqual(presented, key.keyHash().getBytes(StandardCharsets.US_ASCII))) {
                found = new Reviewer(key.name());
            }
        }
        return found != null ? Optional.of(found) : issued.apply(presentedHash);
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    /** The SHA-256 of an API key in lower-case hex: what {@code review.reviewers[].key-hash} holds. */
    public static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
