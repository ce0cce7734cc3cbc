package org.voicequal.validation.rules;

import java.util.List;
import java.util.Optional;
import org.voicequal.events.CheckOutcome;
import org.voicequal.events.CheckResult;
import org.voicequal.events.DocumentType;
import org.voicequal.events.RecognitionOutcome;
import org.voicequal.events.RecognizedDocument;

/**
 * Whether a document bears a red company seal (公章), as OCR's seal detector saw it. Found PASSes. Not found
 * is UNVERIFIED, never FAIL: the detector misses some seals (faint, cut off, over dense text; see
 * docs/ocr-accuracy.md), and a missed seal must not reject an honest applicant — a person looks.
 */
final class Seals {

    private Seals() {
    }

    static CheckResult sealed(String rule, CaseFile file, String field, DocumentType type, String zh, String en) {
        Optional<RecognizedDocument> document = file.document(type);
        if (document.isEmpty() || document.get().getOutcome() != RecognitionOutcome.READ) {
            return Checks.result(rule, CheckOutcome.UNVERIFIED, List.of(field), "無法檢查" + zh + "是否蓋章",
                    "could not check the " + en + " for a company seal", List.of(Readings.about(field, type,
                            document.map(RecognizedDocument::getFailure).orElse("document missing"))));
        }
        if (!document.get().getSeals().isEmpty()) {
            return Checks.result(rule, CheckOutcome.PASS, List.of(field), zh + "已加蓋公章",
                    "the " + en + " bears a company seal", List.of(Readings.about(field, type,
                            document.get().getSeals().size() + " seal(s) found")));
        }
        return Checks.result(rule, CheckOutcome.UNVERIFIED, List.of(field), "未在" + zh + "上找到公章",
                "no company seal found on the " + en, List.of(Readings.about(field, type, "no red seal detected")));
    }
}
