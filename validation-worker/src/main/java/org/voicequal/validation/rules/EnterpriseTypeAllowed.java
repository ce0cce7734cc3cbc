package org.voicequal.validation.rules;

import java.util.List;
import org.voicequal.domain.EnterpriseTypes;
import org.voicequal.events.CheckResult;

/** 個體戶, 自然人獨資 and 個人獨資公司 may not use voice services. */
public final class EnterpriseTypeAllowed implements Rule {

    @Override
    public String code() {
        return "ENTERPRISE_TYPE_ALLOWED";
    }

    @Override
    public List<CheckResult> check(CaseFile file) {
        String type = file.submission().getEnterprise().getEnterpriseType();
        return List.of(EnterpriseTypes.forbiddenTerm(type)
                .map(term -> Checks.fail(code(), List.of("enterprise.enterpriseType"), term + "不支持語音服務的使用",
                        "enterprises of type " + term + " may not use voice services"))
                .orElseGet(() -> Checks.pass(code(), List.of("enterprise.enterpriseType"), "企業類型允許",
                        "enterprise type is allowed")));
    }
}
