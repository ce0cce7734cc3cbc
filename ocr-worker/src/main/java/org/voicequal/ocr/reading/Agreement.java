package org.voicequal.ocr.reading;

/** How the two engines' reads of one field relate. */
public enum Agreement {
    /** both engines read the same value (after the field's normalization) */
    BOTH_AGREE,
    /** one engine read it; the other read nothing usable there */
    ONE_ENGINE,
    /** the engines read different values: the field is not confirmed, whatever the confidences */
    DISAGREE,
    /** neither engine read it */
    UNREAD
}
