package org.voicequal.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.voicequal.events.CheckOutcome;
import org.voicequal.events.CheckResult;
import org.voicequal.events.DocumentType;
import org.voicequal.events.Evidence;
import org.voicequal.events.Person;
import org.voicequal.events.RecognitionOutcome;
import org.voicequal.events.RecognizedDocument;
import org.voicequal.events.RecognizedField;

/**
 * The decisive identifiers agree with what OCR read from the images: the credit code on the licence, each
 * ID (or passport) number on its document. A confirmed read (both engines agree, or a checksum-bearing code
 * read above the confidence the accuracy benchmark shows safe) that equals the form PASSes, and one that
 * differs FAILs. Anything less sure — not read, read by one engine only, engines disagreeing, the image
 * unreadable — is UNVERIFIED, with the evidence, for a person: a misread must never reject an honest
 * applicant, nor let a wrong value through.
 */
public final class OcrConfirms implements Rule {

    static final String CREDIT_CODE = "creditCode";
    static final String ID_NUMBER = "idNumber";
    static final String PASSPORT_NUMBER = "passportNumber";

    @Override
    public String code() {
        return "OCR_CONFIRMS";
    }

    @Override
    public List<CheckResult> check(CaseFile file) {
        List<CheckResult> results = new ArrayList<>();
        String code = file.submission().getEnterprise().getCreditCode();
        compare(file, code == null ? null : file.cipher().seal(code), DocumentType.BUSINESS_LICENCE, CREDIT_CODE, "enterprise.creditCode",
                "營業執照上的統一社會信用代碼", "credit code on the business licence", results);
        Person legal = file.submission().getLegalRepresentative();
        boolean passport = "PASSPORT".equals(legal.getIdType());
        compare(file, legal.getSealedIdNumber(), DocumentType.LEGAL_REP_ID_FRONT, passport ? PASSPORT_NUMBER : ID_NUMBER,
                "legalRepresentative.idNumber", passport ? "法人護照上的號碼" : "法人身份證上的號碼",
                passport ? "number on the legal representative's passport" : "number on the legal representative's ID card",
                results);
        Person admin = file.submission().getAdministrator();
        if (admin != null) {
            compare(file, admin.getSealedIdNumber(), DocumentType.ADMIN_ID_FRONT, ID_NUMBER, "administrator.idNumber",
                    "管理員身份證上的號碼", "number on the administrator's ID card", results);
        }
        return results;
    }

    private void compare(CaseFile file, String sealedSubmitted, DocumentType type, String readField, String field,
            String zh, String en, List<CheckResult> results) {
        String submitted = file.open(sealedSubmitted);
        if (submitted == null) {
            return;
        }
        Optional<RecognizedDocument> document = file.document(type);
        Optional<RecognizedField> reading = file.reading(type, readField);
        Evidence.Builder evidence = Evidence.newBuilder().setField(field).setDocument(type).setReadField(readField)
                .setSealedSubmitted(sealedSubmitted);
        if (reading.isEmpty() || reading.get().getSealedValue() == null) {
            String note = document.filter(d -> d.getOutcome() == RecognitionOutcome.FAILED).map(RecognizedDocument::getFailure)
                    .or(() -> reading.map(RecognizedField::getUnreadReason))
                    .orElse(document.isEmpty() ? "document missing" : "field not found");
            results.add(result(CheckOutcome.UNVERIFIED, field, "未能識別" + zh, "OCR could not read the " + en,
                    evidence.setNote(note).build()));
            return;
        }
        RecognizedField read = reading.get();
        evidence.setSealedRead(read.getSealedValue()).setEngines(read.getEngines()).setConfidence(read.getConfidence())
                .setAgreement(read.getAgreement()).setConfirmed(read.getConfirmed());
        boolean same = file.open(read.getSealedValue()).equalsIgnoreCase(submitted);
        if (same && read.getConfirmed()) {
            results.add(result(CheckOutcome.PASS, field, zh + "與填寫一致", "the " + en + " matches the form", evidence.build()));
        } else if (same) {
            results.add(result(CheckOutcome.UNVERIFIED, field, zh + "與填寫一致，但識別未經確認",
                    "the " + en + " matches the form, but the read is not confirmed", evidence.build()));
        } else if (read.getConfirmed()) {
            results.add(result(CheckOutcome.FAIL, field, zh + "與填寫不一致", "the " + en + " differs from the form",
                    evidence.build()));
        } else {
            results.add(result(CheckOutcome.UNVERIFIED, field, zh + "與填寫不一致（識別未經確認）",
                    "the " + en + " differs from the form (the read is not confirmed)", evidence.build()));
        }
    }

    private CheckResult result(CheckOutcome outcome, String field, String zh, String en, Evidence evidence) {
        return Checks.result(code(), outcome, List.of(field), zh, en, List.of(evidence));
    }
}
