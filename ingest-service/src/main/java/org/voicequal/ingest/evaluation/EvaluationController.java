package org.voicequal.ingest.evaluation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.voicequal.domain.QualificationId;
import org.voicequal.ingest.account.Caller;
import org.voicequal.ingest.submission.QualificationAccess;

/**
 * {@code GET /v1/qualifications/{id}/evaluation}: the latest evaluation of a qualification, every rule's
 * result (PASS, FAIL, or UNVERIFIED: needs a person) with its evidence, masked (資質敏感信息保護), and counts.
 *
 * <ul>
 *   <li>200 {@code "status": "EVALUATED"}: the evaluation, as validation-worker last published it.</li>
 *   <li>200 {@code "status": "PENDING"}, no checks: the qualification exists but is not evaluated yet
 *       (OCR and validation take seconds to minutes); a portal polls again, the same way it polls the
 *       qualification's status. A 404 is kept for what does not exist.</li>
 *   <li>404 problem {@code https://voicequal.org/problems/not-found}: no such qualification, not a UUID, or
 *       one of another account (the same answer, so that ids cannot be probed).</li>
 * </ul>
 *
 * Evidence values are masked by the form field they are about: names {@code 张*}, ID and passport numbers
 * {@code 330***********0016}, codes {@code 91**************9J}, enterprise name and type {@code 杭州******公司},
 * contacts {@code 138****8000}; dates and other values that identify no one are shown; a field not
 * classified yet is hidden ({@code ******}).
 *
 * <pre>{@code
 * {
 *   "qualificationId": "0b9d6c3e-2f0a-4e55-9a51-2d1f3f7c9e10",
 *   "status": "EVALUATED",
 *   "masked": true,
 *   "evaluatedAt": "2026-11-29T02:00:05Z",
 *   "summary": {"checks": 3, "pass": 1, "fail": 1, "unverified": 1, "warnings": 0},
 *   "checks": [
 *     {"rule": "CREDIT_CODE_MATCHES", "outcome": "PASS", "fields": ["enterprise.creditCode"],
 *      "messageZh": "營業執照上的統一社會信用代碼與填寫一致",
 *      "messageEn": "the credit code on the business licence matches the form", "warning": false,
 *      "evidence": [{"field": "enterprise.creditCode", "document": "BUSINESS_LICENCE", "readField": "creditCode",
 *                    "submitted": "91**************9J", "read": "91**************9J",
 *                    "engines": ["tesseract", "ppocr"], "confidence": 0.98, "agreement": "BOTH_AGREE",
 *                    "confirmed": true, "note": null}]},
 *     {"rule": "LEGAL_REP_MATCHES", "outcome": "UNVERIFIED", "fields": ["legalRepresentative.idNumber"],
 *      "messageZh": "未能識別法人身份證上的號碼",
 *      "messageEn": "OCR could not read the number on the legal representative's ID card", "warning": false,
 *      "evidence": [{"field": "legalRepresentative.idNumber", "document": "LEGAL_REP_ID_FRONT",
 *                    "readField": "idNumber",
 *                    "submitted": "330***********0016", "read": null, "engines": [], "confidence": null,
 *                    "agreement": null, "confirmed": false, "note": "image too blurred"}]},
 *     {"rule": "DOCUMENTS_VALID", "outcome": "FAIL", "fields": ["administrator.idValidTo"],
 *      "messageZh": "管理員身份證已過期", "messageEn": "administrator's ID expired on 2026-11-01", "warning": false,
 *      "evidence": []}
 *   ]
 * }
 * }</pre>
 */
@RestController
@RequestMapping("/v1/qualifications")
public class EvaluationController {

    private final EvaluationViews views;

    private final QualificationAccess access;

    public EvaluationController(EvaluationViews views, QualificationAccess access) {
        this.views = views;
        this.access = access;
    }

    /** Masked for every caller who may see the qualification: the owning account's keys and the platform's. */
    @GetMapping("/{id}/evaluation")
    public EvaluationView evaluation(Caller caller, @PathVariable("id") String id) {
        return views.masked(new QualificationId(access.read(caller, id).id()));
    }
}
