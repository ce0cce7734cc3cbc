package org.voicequal.notify;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * One row per notification and recipient: the intent (what to send, to whom, sealed), then each attempt and
 * the outcome. notify-worker's own table.
 */
@RegisterConstructorMapper(NotificationDao.Delivery.class)
public interface NotificationDao {

    enum Role { OWNER, ADMINISTRATOR }

    enum State { PENDING, SENT, FAILED }

    record Delivery(String notificationId, Role recipientRole, String qualificationId, String template,
                    String sealedRecipient, String messageId, String subject, String textBody, String htmlBody,
                    State state, int attempts, boolean inFlight, int possibleDuplicates) {
    }

    record Intent(String notificationId, Role role, String qualificationId, String template, String sealedRecipient,
                  String messageId, String subject, String textBody, String htmlBody, Instant at) {
    }

    /** Records an intent once: a redelivered or re-requested notification finds its row and adds nothing. */
    @SqlUpdate("""
            INSERT INTO notification (notification_id, recipient_role, qualification_id, template, sealed_recipient,
                                      message_id, subject, text_body, html_body, state, next_attempt_at, requested_at)
            VALUES (:notificationId, :role, :qualificationId, :template, :sealedRecipient,
                    :messageId, :subject, :textBody, :htmlBody, 'PENDING', :at, :at)
            ON CONFLICT (notification_id, recipient_role) DO NOTHING""")
    int intend(@BindMethods Intent intent);

    /**
     * Holds, until the transaction ends, the qualification's turn at adding recipients. A request and the
     * submission that names its administrator arrive on different topics, in concurrent transactions: without
     * the turn each would look for the other before the other had committed, and the administrator's email would
     * never be recorded.
     */
    @SqlQuery("SELECT true FROM pg_advisory_xact_lock(hashtextextended('notify.recipients:' || :id, 0))")
    boolean takeRecipientsTurn(@Bind("id") String qualificationId);

    @SqlQuery("SELECT * FROM notification WHERE qualification_id = :id AND recipient_role = 'OWNER'")
    List<Delivery> ownerDeliveries(@Bind("id") String qualificationId);

    /**
     * Claims due emails for this dispatcher: pushes their next attempt to {@code leaseEnd}, in a transaction of
     * its own that commits before anything is sent. Nothing else changes: a claimed email that this dispatcher
     * never gets to (it stopped first) is simply claimed again after the lease, and was not sent.
     */
    @SqlQuery("""
            UPDATE notification SET next_attempt_at = :leaseEnd
            WHERE (notification_id, recipient_role) IN (
                SELECT notification_id, recipient_role FROM notification
                WHERE state = 'PENDING' AND next_attempt_at <= :now
                ORDER BY next_attempt_at LIMIT :limit
                FOR UPDATE SKIP LOCKED)
            RETURNING *""")
    List<Delivery> claim(@Bind("now") Instant now, @Bind("leaseEnd") Instant leaseEnd, @Bind("limit") int limit);

    /**
     * Marks one claimed email as being sent, right before the SMTP conversation, and gives it a lease of its own
     * (so the emails behind a slow one in the batch are not taken over and sent by another dispatcher). Empty
     * when the claim is no longer this dispatcher's: {@code claimedUntil} is the lease it was claimed with.
     * A row still in flight here was left by a dispatcher that stopped after starting to send it and before
     * recording the outcome, so the server may already have it: this send is counted as a possible duplicate.
     * That is the only window; rows claimed but never started are not counted.
     */
    @SqlQuery("""
            UPDATE notification SET attempts = attempts + 1, next_attempt_at = :leaseEnd,
                   possible_duplicates = possible_duplicates + CASE WHEN in_flight THEN 1 ELSE 0 END,
                   in_flight = true
            WHERE notification_id = :id AND recipient_role = :role AND state = 'PENDING'
              AND next_attempt_at = :claimedUntil
            RETURNING *""")
    Optional<Delivery> sending(@Bind("id") String notificationId, @Bind("role") Role role,
            @Bind("claimedUntil") Instant claimedUntil, @Bind("leaseEnd") Instant leaseEnd);

    @SqlUpdate("""
            UPDATE notification SET state = 'SENT', sent_at = :at, in_flight = false, last_error = NULL
            WHERE notification_id = :id AND recipient_role = :role""")
    void sent(@Bind("id") String notificationId, @Bind("role") Role role, @Bind("at") Instant at);

    @SqlUpdate("""
            UPDATE notification SET in_flight = false, next_attempt_at = :next, last_error = :error
            WHERE notification_id = :id AND recipient_role = :role""")
    void retryLater(@Bind("id") String notificationId, @Bind("role") Role role, @Bind("next") Instant next,
            @Bind("error") String error);

    @SqlUpdate("""
            UPDATE notification SET state = 'FAILED', in_flight = false, next_attempt_at = NULL, last_error = :error
            WHERE notification_id = :id AND recipient_role = :role""")
    void failed(@Bind("id") String notificationId, @Bind("role") Role role, @Bind("error") String error);

    @SqlQuery("SELECT * FROM notification WHERE notification_id = :id AND recipient_role = :role")
    Optional<Delivery> find(@Bind("id") String notificationId, @Bind("role") Role role);

    @SqlUpdate("""
            INSERT INTO administrator_contact (qualification_id, sealed_contact) VALUES (:id, :contact)
            ON CONFLICT (qualification_id) DO UPDATE SET sealed_contact = EXCLUDED.sealed_contact""")
    void administratorContact(@Bind("id") String qualificationId, @Bind("contact") String sealedContact);

    @SqlQuery("SELECT sealed_contact FROM administrator_contact WHERE qualification_id = :id")
    Optional<String> administratorContact(@Bind("id") String qualificationId);
}
