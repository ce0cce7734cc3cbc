package org.voicequal.validation.rules;

import java.util.List;
import org.voicequal.events.CheckResult;

/** One rule of the seed, checked on its own and explained: code, fields, outcome, zh/en message. */
public interface Rule {

    /** Stable code, e.g. {@code CREDIT_CODE_CHECKSUM}; downstream reasons and dashboards key on it. */
    String code();

    /** Results for this rule; several when the rule applies to several people or documents. */
    List<CheckResult> check(CaseFile file);
}
