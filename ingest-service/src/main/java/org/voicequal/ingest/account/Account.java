package org.voicequal.ingest.account;

import java.time.Instant;

/**
 * A customer of the platform: the tenant a portal submits for.
 *
 * @param number400Enabled whether the account may submit the 400-number form (400號碼企業資質): the operator's
 *                         decision, off for a new account
 */
public record Account(String id, String displayName, boolean number400Enabled, Instant createdAt, Instant updatedAt) {
}
