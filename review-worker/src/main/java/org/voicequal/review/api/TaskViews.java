package org.voicequal.review.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Component;
import org.voicequal.domain.PersonalDataCipher;
import org.voicequal.domain.time.ChinaTime;
import org.voicequal.review.task.ReviewTask;
import org.voicequal.review.task.ReviewTasks;
import org.voicequal.review.task.TaskChecks;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's JSON: the queue's items and a task's detail. Times are shown in China's zone, as the deadlines
 * are reckoned. Sealed evidence values are opened here, and masked unless the reviewer revealed them.
 */
@Component
public class TaskViews {

    static final String BASE = "/v1/review-tasks";
    private static final TypeReference<List<ReasonText>> REASONS = new TypeReference<>() {
    };

    private final PersonalDataCipher cipher;
    private final JsonMapper json;

    public TaskViews(PersonalDataCipher cipher, JsonMapper json) {
        this.cipher = cipher;
        this.json = json;
    }

    public record TaskPage(List<TaskItem> items, String nextCursor) {
    }

    /**
     * @param unverified checks a person must settle
     * @param warnings   passes that carry a warning (e.g. an ID that ends within the reminder window)
     */
    public record TaskItem(String qualificationId, String accountId, String kind, String qualificationName,
                           OffsetDateTime dueAt, boolean provisional, boolean overdue, String claimedBy, int unverified,
                           int warnings, OffsetDateTime created, DecisionView decision) {
    }

    /**
     * @param masked          whether personal values in the evidence are masked ({@code ?reveal=true} shows them)
     * @param reasonCatalogue the codes a decision on this task may give
     */
    public record TaskDetail(String qualificationId, String accountId, String kind, String qualificationName,
                             String replacesQualificationId, OffsetDateTime evaluatedAt, OffsetDateTime dueAt,
                             boolean provisional, boolean overdue, String claimedBy, OffsetDateTime claimedAt,
                             OffsetDateTime created, boolean masked, List<CheckView> checks, List<DocumentView> documents,
                             List<CatalogueEntry> reasonCatalogue, DecisionView decision) {
    }

    public record CheckView(String rule, String outcome, boolean warning, List<String> fields, String messageZh,
                            String messageEn, List<EvidenceView> evidence) {
    }

    /** @param submitted the value typed, @param read the value OCR read: masked unless revealed */
    public record EvidenceView(String field, String document, String readField, String submitted, String read,
                               List<String> engines, Double confidence, String agreement, boolean confirmed, String note) {
    }

    public record DocumentView(String type, String contentType, long sizeBytes, String sha256, String href) {
    }

    public record CatalogueEntry(String code, String messageZh, String messageEn, String source) {
    }

    public record ReasonText(String code, String messageZh, String messageEn) {
    }

    /** @param comment the reviewer's comment, as the applicant received it */
    public record DecisionView(String decision, String decidedBy, OffsetDateTime decidedAt, List<ReasonText> reasons,
                               String comment) {
    }

    public TaskPage page(ReviewTasks.Page page) {
        return new TaskPage(page.tasks().stream().map(t -> item(t, page.asOf())).toList(),
                page.next() == null ? null : page.next().encode());
    }

    public TaskItem item(ReviewTask t, Instant now) {
        return new TaskItem(t.qualificationId(), t.accountId(), t.kind(), t.qualificationName(), china(t.dueAt()),
                t.dueProvisional(), t.overdue(now), t.claimedBy(), t.unverifiedCount(), t.warningCount(),
                china(t.createdAt()), decision(t));
    }

    public TaskDetail detail(ReviewTasks.Opened opened, boolean reveal) {
        ReviewTask t = opened.task();
        String id = t.qualificationId();
        return new TaskDetail(id, t.accountId(), t.kind(), t.qualificationName(), t.replacesQualificationId(),
                china(t.evaluatedAt()), china(t.dueAt()), t.dueProvisional(), t.overdue(opened.asOf()), t.claimedBy(),
                china(t.claimedAt()), china(t.createdAt()), !reveal,
                opened.checks().stream().map(c -> check(c, reveal)).toList(),
                opened.documents().stream().map(d -> new DocumentView(d.type(), d.contentType(), d.sizeBytes(), d.sha256(),
                        BASE + "/" + id + "/documents/" + d.type())).toList(),
                opened.catalogue().entries().stream().map(e -> new CatalogueEntry(e.reason().getCode(),
                        e.reason().getMessageZh(), e.reason().getMessageEn(), e.source().name())).toList(),
                decision(t));
    }

    private CheckView check(TaskChecks.Check c, boolean reveal) {
        return new CheckView(c.rule(), c.outcome(), c.warning(), c.fields(), c.messageZh(), c.messageEn(),
                c.evidence().stream().map(e -> {
                    String field = e.field() != null ? e.field() : e.readField();
                    return new EvidenceView(e.field(), e.document(), e.readField(), value(field, e.sealedSubmitted(), reveal),
                            value(field, e.sealedRead(), reveal), e.engines(), e.confidence(), e.agreement(), e.confirmed(),
                            e.note());
                }).toList());
    }

    private String value(String field, String sealed, boolean reveal) {
        String clear;
        try {
            clear = sealed == null || !sealed.startsWith("pd1:") ? sealed : cipher.open(sealed);
        } catch (IllegalArgumentException e) {
            return "[sealed with another key]"; // never a 500 for one unreadable value among many
        }
        return reveal ? clear : EvidenceMasks.mask(field, clear);
    }

    private DecisionView decision(ReviewTask t) {
        if (!t.decided()) {
            return null;
        }
        return new DecisionView(t.decision(), t.decidedBy(), china(t.decidedAt()),
                json.readValue(t.decisionReasons(), REASONS), t.comment());
    }

    private static OffsetDateTime china(Instant instant) {
        return instant == null ? null : instant.atZone(ChinaTime.ZONE).toOffsetDateTime();
    }
}
