package org.voicequal.validation.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.voicequal.events.CheckOutcome;
import org.voicequal.events.CheckResult;
import org.voicequal.events.DocumentType;
import org.voicequal.events.Person;
import org.voicequal.schemas.Fields;

/**
 * The business licence, the legal representative's ID and the administrator's ID are all still valid on the
 * day of submission: a qualification is expired as soon as any one of them is. The end is the typed one, or
 * the one read from the document when OCR confirmed it and it is earlier — an applicant cannot type their
 * way past an expired card.
 */
public final class DocumentsValid implements Rule {

    @Override
    public String code() {
        return "DOCUMENTS_VALID";
    }

    @Override
    public List<CheckResult> check(CaseFile file) {
        List<CheckResult> results = new ArrayList<>();
        for (ValidityEnd end : ValidityEnd.of(file)) {
            if (end.typed() == null) {
                results.add(Checks.fail(code(), List.of(end.field()), end.zh() + "缺少有效期", "the " + end.en() + " has no validity end"));
            } else if (end.earliest().isBefore(file.today())) {
                results.add(Checks.result(code(), CheckOutcome.FAIL, List.of(end.field()),
                        end.zh() + "已過期（" + end.earliest() + "）", "the " + end.en() + " expired on " + end.earliest(),
                        List.of(Readings.about(end.field(), end.document(), end.readEarlier() ? "end read from the document" : "end typed on the form"))));
            } else {
                results.add(Checks.pass(code(), List.of(end.field()), end.zh() + "在有效期內",
                        "the " + end.en() + " is valid until " + end.earliest()));
            }
        }
        return results;
    }

    /**
     * One document's validity end: typed, and read and confirmed where OCR managed; {@link #earliest()} is what
     * counts. A read of 長期 never ends.
     */
    record ValidityEnd(String field, DocumentType document, String zh, String en, LocalDate typed, LocalDate read) {

        LocalDate earliest() {
            return read != null && read.isBefore(typed) ? read : typed;
        }

        boolean readEarlier() {
            return read != null && read.isBefore(typed);
        }

        static List<ValidityEnd> of(CaseFile file) {
            List<ValidityEnd> ends = new ArrayList<>();
            var enterprise = file.submission().getEnterprise();
            ends.add(new ValidityEnd("enterprise.termEnd", DocumentType.BUSINESS_LICENCE, "營業執照", "business licence",
                    enterprise.getTermEnd(), readEnd(file, DocumentType.BUSINESS_LICENCE, Fields.TERM_TO)));
            Person legal = file.submission().getLegalRepresentative();
            boolean passport = "PASSPORT".equals(legal.getIdType());
            ends.add(new ValidityEnd("legalRepresentative.idValidTo", passport ? DocumentType.LEGAL_REP_ID_FRONT
                    : DocumentType.LEGAL_REP_ID_BACK, passport ? "法人護照" : "法人身份證",
                    passport ? "legal representative's passport" : "legal representative's ID card", legal.getIdValidTo(),
                    passport ? readEnd(file, DocumentType.LEGAL_REP_ID_FRONT, Fields.EXPIRES_ON)
                            : readEnd(file, DocumentType.LEGAL_REP_ID_BACK, Fields.VALID_TO)));
            Person admin = file.submission().getAdministrator();
            if (admin != null) {
                ends.add(new ValidityEnd("administrator.idValidTo", DocumentType.ADMIN_ID_BACK, "管理員身份證",
                        "administrator's ID card", admin.getIdValidTo(),
                        readEnd(file, DocumentType.ADMIN_ID_BACK, Fields.VALID_TO)));
            }
            return ends;
        }

        private static LocalDate readEnd(CaseFile file, DocumentType document, String field) {
            Optional<String> read = file.confirmed(document, field);
            return read.map(Validity::endOf).orElse(null);
        }
    }
}
