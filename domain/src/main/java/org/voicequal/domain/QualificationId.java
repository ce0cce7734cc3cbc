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

    /** The id {@code text} names, or empty when it is no UUID (an answer of 404, not of 400, for a path). */
    public static java.util.Optional<QualificationId> tryParse(String text) {
        try {
            return java.util.Optional.of(parse(text));
        } catch (InvalidIdentifierException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
