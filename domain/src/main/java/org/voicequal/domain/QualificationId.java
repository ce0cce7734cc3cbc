package org.voicequal.domain;

import java.util.Objects;
import java.util.UUID;

/** The identity of one qualification (企業資質) from its submission on; the key of every event about it. */
public record QualificationId(UUID value) {

    public QualificationId {
        Objects.requireNonNull(value, "value");
    }

    public static QualificationId newId() {
        return new QualificationId(UUID.randomUUID());
    }

    public static QualificationId parse(String text) {
        try {
            return new QualificationId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidIdentifierException("format", "a qualification id is a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
