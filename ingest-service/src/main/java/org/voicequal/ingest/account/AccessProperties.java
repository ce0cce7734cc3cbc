package org.voicequal.ingest.account;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ingest.access.*}: the operators configured outside the database, so that a fresh deployment has
 * someone who can create the first account and issue keys. Each is {@code name:sha256-of-key} (as one
 * environment variable, {@code INGEST_ACCESS_OPERATORS=ops:<hash>}); only the hash is configured.
 */
@ConfigurationProperties("ingest.access")
public record AccessProperties(@DefaultValue List<String> operators) {

    /** The configured operator holding the key of this hash, if any. */
    java.util.Optional<Caller> operator(String keyHash) {
        for (String entry : operators) {
            int colon = entry.lastIndexOf(':');
            if (colon > 0 && java.security.MessageDigest.isEqual(
                    entry.substring(colon + 1).strip().getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                    keyHash.getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
                return java.util.Optional.of(new Caller(Accounts.keyId(keyHash), entry.substring(0, colon).strip(),
                        Role.OPERATOR, null));
            }
        }
        return java.util.Optional.empty();
    }
}
