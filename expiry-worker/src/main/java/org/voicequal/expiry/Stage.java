package org.voicequal.expiry;

import org.voicequal.events.QualificationStatus;

/**
 * Where a tracked qualification stands for expiry. Only {@link #ACTIVE} and {@link #EXPIRING_SOON} ever have a
 * next due instant; every other stage is settled and never read by the scan again.
 */
public enum Stage {
    /** submitted or recognised, not (yet) approved */
    PENDING,
    ACTIVE,
    EXPIRING_SOON,
    EXPIRED,
    /** a renewal of the same account was approved */
    REPLACED,
    /** rejected or withdrawn: never reminded */
    CLOSED;

    public boolean live() {
        return this == ACTIVE || this == EXPIRING_SOON;
    }

    /** A renewal replaces a qualification that was approved, whether it has lapsed or not. */
    public boolean replaceable() {
        return this == ACTIVE || this == EXPIRING_SOON || this == EXPIRED;
    }

    /** The public status this stage shows as, for the {@code previousStatus} of the next change. */
    public QualificationStatus status() {
        return switch (this) {
            case PENDING -> QualificationStatus.UNDER_REVIEW;
            case ACTIVE -> QualificationStatus.APPROVED;
            case EXPIRING_SOON -> QualificationStatus.EXPIRING_SOON;
            case EXPIRED -> QualificationStatus.EXPIRED;
            case REPLACED -> QualificationStatus.REPLACED;
            case CLOSED -> QualificationStatus.REJECTED;
        };
    }
}
