package org.voicequal.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.voicequal.domain.text.ComparableText;
import org.voicequal.events.CheckOutcome;
import org.voicequal.events.CheckResult;
import org.voicequal.events.Enterprise;
import org.voicequal.events.Evidence;
import org.voicequal.events.SubmissionReceived;

/**
 * 更換過期資質時，請勿變更企業名稱、組織機構代碼、企業類型、資質命名、資質授權，避免導致審核不通過: a renewal keeps
 * the enterprise name, organization code, enterprise type and qualification name of the qualification it
 * replaces, and belongs to the same account. (Authorization is a consent every submission must give, so it
 * cannot change.) Ingest refuses such a renewal at once; this rule catches it on the Kafka intake path. The
 * changed fields are the evidence.
 */
public final class RenewalUnchanged implements Rule {

    @Override
    public String code() {
        return "RENEWAL_UNCHANGED";
    }

    @Override
    public List<CheckResult> check(CaseFile file) {
        String replacedId = file.submission().getReplacesQualificationId();
        if (replacedId == null) {
            return List.of();
        }
        if (file.replaced().isEmpty()) {
            return List.of(Checks.unverified(code(), List.of("replacesQualificationId"), "找不到被更換的資質",
                    "the qualification this renewal replaces is unknown"));
        }
        SubmissionReceived before = file.replaced().get();
        SubmissionReceived now = file.submission();
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(before.getAccountId(), now.getAccountId())) {
            changed.add("accountId");
        }
        Enterprise b = before.getEnterprise();
        Enterprise n = now.getEnterprise();
        if (!ComparableText.same(b.getName(), n.getName())) {
            changed.add("enterprise.name");
        }
        if (!Objects.equals(organizationCode(b), organizationCode(n))) {
            changed.add("enterprise.organizationCode");
        }
        if (!ComparableText.of(b.getEnterpriseType()).equals(ComparableText.of(n.getEnterpriseType()))) {
            changed.add("enterprise.enterpriseType");
        }
        if (!ComparableText.same(before.getQualificationName(), now.getQualificationName())) {
            changed.add("qualificationName");
        }
        if (changed.isEmpty()) {
            return List.of(Checks.pass(code(), List.of("replacesQualificationId"), "更換資質未變更企業信息",
                    "the renewal keeps the replaced qualification's enterprise details"));
        }
        List<Evidence> evidence = changed.stream().map(f -> Evidence.newBuilder().setField(f)
                .setNote("changed from the replaced qualification").build()).toList();
        return List.of(Checks.result(code(), CheckOutcome.FAIL, changed, "更換資質時不得變更：" + String.join("、", changed),
                "a renewal must not change: " + String.join(", ", changed), evidence));
    }

    private static String organizationCode(Enterprise e) {
        if (e.getOrganizationCode() != null) {
            return e.getOrganizationCode().replace("-", "").toUpperCase();
        }
        String code = e.getCreditCode();
        return code != null && code.length() == 18 ? code.substring(8, 17).toUpperCase() : null;
    }
}
