package org.voicequal.review.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A reviewer as configured: a name (what claims, decisions and the audit trail record) and the SHA-256 of
 * the reviewer's API key in lower-case hex. Only the hash is configured, so configuration files and
 * environment dumps never hold a usable key.
 */
public record ReviewerKey(@NotBlank String name, @NotBlank @Pattern(regexp = "[0-9a-f]{64}",
        message = "must be the SHA-256 of the key in lower-case hex (64 characters)") String keyHash) {

    /**
     * {@code name:hash}, the form of one entry in the environment variable {@code REVIEW_REVIEWERS}
     * (Spring binds a comma-separated value through this method).
     */
    public static ReviewerKey valueOf(String entry) {
        int colon = entry.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("a reviewer is name:sha256-of-key");
        }
        return new ReviewerKey(entry.substring(0, colon).strip(), entry.substring(colon + 1).strip());
    }
}
