package org.voicequal.ingest.submission;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;
import org.voicequal.domain.Masks;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.pipeline.jdbi.Daos;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the views of qualifications from ingest-service's own tables: masked by default, in clear only when
 * {@link QualificationAccess} allowed and audited the reveal.
 */
@Component
public class QualificationViews {

    private static final TypeReference<List<QualificationView.Reason>> REASONS = new TypeReference<>() {
    };
    private static final TypeReference<List<QualificationView.DocumentEnd>> DOCUMENT_ENDS = new TypeReference<>() {
    };
    private static final java.util.Set<String> EXPIRY = java.util.Set.of("EXPIRING_SOON", "EXPIRED");
    static final int MAX_PAGE = 100;

    private final Jdbi jdbi;
    private final PersonalDataCipher cipher;
    private final JsonMapper json;

    public QualificationViews(Jdbi jdbi, PersonalDataCipher cipher, JsonMapper json) {
        this.jdbi = jdbi;
        this.cipher = cipher;
        this.json = json;
    }

    /** The detail of {@code row}, masked unless {@code reveal}. */
    public QualificationView view(QualificationDao.QualificationRow row, boolean reveal) {
        return jdbi.inTransaction(handle -> {
            QualificationDao dao = Daos.attach(handle, QualificationDao.class);
            SubmissionForm form = form(row);
            SubmissionForm.Enterprise e = form.enterprise();
            Masking m = reveal ? Masking.CLEAR : Masking.MASKED;
            List<QualificationView.StatusChange> history = dao.history(row.id()).stream()
                    .map(h -> new QualificationView.StatusChange(h.status(), h.occurredAt(), h.source(),
                            json.readValue(h.reasons(), REASONS))).toList();
            return new QualificationView(row.id().toString(), row.accountId(), row.kind(), row.name(), row.status(),
                    !reveal, row.submittedAt(), row.updatedAt(),
                    new QualificationView.Enterprise(e.certificateType(), m.enterpriseName.apply(e.name()),
                            m.code.apply(e.creditCode()), m.code.apply(e.organizationCode()),
                            m.enterpriseName.apply(e.enterpriseType()), e.province(), e.city(), e.termStart(), e.termEnd()),
                    person(form.legalRepresentative(), m), person(form.administrator(), m),
                    dao.documents(row.id()).stream().map(d -> new QualificationView.Document(d.type(), d.sha256(),
                            d.contentType(), d.sizeBytes())).toList(),
                    current(history), history, EXPIRY.contains(row.status())
                            ? json.readValue(dao.currentDocumentEnds(row.id()).orElse("[]"), DOCUMENT_ENDS) : List.of());
        });
    }

    /** The form as submitted, opened: for reuse and renewal, which hand it back to its owner. */
    public SubmissionForm form(QualificationDao.QualificationRow row) {
        return json.readValue(cipher.open(row.sealedApplication()), SubmissionForm.class);
    }

    /**
     * One page of qualifications, newest first, after {@code cursor} (opaque, from the previous page).
     *
     * @param accountId null for every account (the platform's keys)
     * @param name      part of the qualification's or the enterprise's name, case-insensitive
     */
    public QualificationPage list(String accountId, String status, String kind, String name, String cursor, int limit,
            boolean reveal) {
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        Cursor after = Cursor.parse(cursor);
        List<QualificationDao.QualificationRow> rows = jdbi.withExtension(QualificationDao.class, dao -> dao.page(
                accountId, status, kind, name == null || name.isBlank() ? null : "%" + likeEscaped(name.strip()) + "%",
                after == null ? null : after.submittedAt(), after == null ? null : after.id(), size + 1));
        Masking m = reveal ? Masking.CLEAR : Masking.MASKED;
        List<QualificationPage.Item> items = new ArrayList<>();
        for (QualificationDao.QualificationRow row : rows.subList(0, Math.min(size, rows.size()))) {
            SubmissionForm form = form(row);
            items.add(new QualificationPage.Item(row.id().toString(), row.accountId(), row.kind(), row.name(),
                    row.status(), m.enterpriseName.apply(row.enterpriseName()),
                    m.name.apply(form.legalRepresentative() == null ? null : form.legalRepresentative().name()),
                    m.name.apply(form.administrator() == null ? null : form.administrator().name()),
                    row.submittedAt(), row.updatedAt()));
        }
        String next = rows.size() > size ? new Cursor(rows.get(size - 1).submittedAt(), rows.get(size - 1).id()).encode() : null;
        return new QualificationPage(items, !reveal, next);
    }

    private static String likeEscaped(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * The reasons of the current status: the last entry of the history, since the current status is always
     * the last status event to arrive ({@link QualificationDao#updateStatus}).
     */
    private static List<QualificationView.Reason> current(List<QualificationView.StatusChange> history) {
        return history.isEmpty() ? List.of() : history.get(history.size() - 1).reasons();
    }

    private static QualificationView.Person person(SubmissionForm.Person p, Masking m) {
        if (p == null) {
            return null;
        }
        return new QualificationView.Person(m.name.apply(p.name()), p.idTypeOrDefault(), m.idNumber.apply(p.idNumber()),
                p.idValidFrom(), p.idValidTo(), m.contact.apply(p.contact()));
    }

    /** How each kind of value is shown: masked as the seed lists (資質敏感信息保護), or in clear after a reveal. */
    private record Masking(UnaryOperator<String> enterpriseName, UnaryOperator<String> code, UnaryOperator<String> name,
                           UnaryOperator<String> idNumber, UnaryOperator<String> contact) {
        static final Masking MASKED = new Masking(Masks::enterpriseName, Masks::code, Masks::name, Masks::idNumber,
                Masks::contact);
        static final Masking CLEAR = new Masking(s -> s, s -> s, s -> s, s -> s, s -> s);
    }

    /** Keyset position: the last row's submission time and id, so pages stay stable while new rows arrive. */
    record Cursor(Instant submittedAt, UUID id) {

        String encode() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString((submittedAt.toEpochMilli() + ":" + id)
                    .getBytes(StandardCharsets.US_ASCII));
        }

        static Cursor parse(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII).split(":", 2);
                return new Cursor(Instant.ofEpochMilli(Long.parseLong(parts[0])), UUID.fromString(parts[1]));
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw new InvalidSubmissionException(List.of(new FieldError("cursor", "format",
                        "is not a cursor this API gave", "不是本接口返回的分頁游標")));
            }
        }
    }
}
