package org.voicequal.notify;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.events.NotificationRequested;
import org.voicequal.events.Person;
import org.voicequal.events.SubmissionReceived;
import org.voicequal.pipeline.jdbi.Daos;

/**
 * Records what is to be sent, in the consumer's transaction and before any SMTP: one row per recipient, the
 * account's notification address and the administrator's contact where it is an email address (another than
 * the owner's). Nothing is sent here, so a slow or unreachable mail server never holds up consumption.
 */
public class Intents {

    private final PersonalDataCipher cipher;
    private final Clock clock;
    private final String messageIdDomain;

    public Intents(PersonalDataCipher cipher, Clock clock, String messageIdDomain) {
        this.cipher = cipher;
        this.clock = clock;
        this.messageIdDomain = messageIdDomain;
    }

    public void requested(Handle tx, NotificationRequested request) {
        NotificationDao dao = Daos.attach(tx, NotificationDao.class);
        dao.takeRecipientsTurn(request.getQualificationId());
        Templates.Rendered words = Templates.render(request);
        NotificationDao.Intent owner = new NotificationDao.Intent(request.getNotificationId(), NotificationDao.Role.OWNER,
                request.getQualificationId(), request.getStatus().name(), request.getSealedRecipient(),
                messageId(request.getNotificationId(), NotificationDao.Role.OWNER), words.subject(), words.text(),
                words.html(), clock.instant());
        if (dao.intend(owner) == 1) {
            dao.administratorContact(request.getQualificationId()).ifPresent(contact -> alsoTo(dao, owner, contact));
        }
    }

    /** The administrator's contact, from the submission; added to notifications that were recorded before it. */
    public void submitted(Handle tx, SubmissionReceived submission) {
        Person admin = submission.getAdministrator();
        if (admin == null || admin.getSealedContact() == null) {
            return;
        }
        NotificationDao dao = Daos.attach(tx, NotificationDao.class);
        dao.takeRecipientsTurn(submission.getQualificationId());
        dao.administratorContact(submission.getQualificationId(), admin.getSealedContact());
        for (NotificationDao.Delivery d : dao.ownerDeliveries(submission.getQualificationId())) {
            alsoTo(dao, new NotificationDao.Intent(d.notificationId(), d.recipientRole(), d.qualificationId(),
                    d.template(), d.sealedRecipient(), d.messageId(), d.subject(), d.textBody(), d.htmlBody(),
                    clock.instant()), admin.getSealedContact());
        }
    }

    private void alsoTo(NotificationDao dao, NotificationDao.Intent owner, String sealedContact) {
        Optional<String> email = emailAddress(cipher.open(sealedContact));
        String ownerAddress = cipher.open(owner.sealedRecipient());
        if (email.isEmpty() || email.get().equalsIgnoreCase(ownerAddress.strip())) {
            return; // a phone number, or the owner's own address: one email is enough
        }
        dao.intend(new NotificationDao.Intent(owner.notificationId(), NotificationDao.Role.ADMINISTRATOR,
                owner.qualificationId(), owner.template(), sealedContact,
                messageId(owner.notificationId(), NotificationDao.Role.ADMINISTRATOR), owner.subject(),
                owner.textBody(), owner.htmlBody(), clock.instant()));
    }

    static Optional<String> emailAddress(String contact) {
        if (contact == null || !contact.contains("@")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new InternetAddress(contact.strip(), true).getAddress());
        } catch (AddressException e) {
            return Optional.empty();
        }
    }

    /** Fixed per notification and recipient: every attempt, before or after a crash, carries the same one. */
    String messageId(String notificationId, NotificationDao.Role role) {
        return "<" + notificationId + (role == NotificationDao.Role.OWNER ? "" : ".admin") + "@" + messageIdDomain + ">";
    }
}
