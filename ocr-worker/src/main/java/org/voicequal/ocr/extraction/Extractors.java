package org.voicequal.ocr.extraction;

import java.util.List;
import org.voicequal.events.DocumentType;
import org.voicequal.ocr.extraction.certificate.OrganizationCodeExtractor;
import org.voicequal.ocr.extraction.certificate.TaxRegistrationExtractor;
import org.voicequal.ocr.extraction.idcard.IdCardBackExtractor;
import org.voicequal.ocr.extraction.idcard.IdCardFrontExtractor;
import org.voicequal.ocr.extraction.letter.CommitmentLetterExtractor;
import org.voicequal.ocr.extraction.letter.NumberApplicationLetterExtractor;
import org.voicequal.ocr.extraction.licence.BusinessLicenceExtractor;
import org.voicequal.ocr.extraction.passport.PassportExtractor;

/**
 * The extractor for each document type. The legal representative's identity document may be a passport: a
 * page with a machine-readable zone is read as a passport data page, any other as an ID card's portrait side.
 */
public final class Extractors {

    private static final DocumentExtractor ID_FRONT = new IdCardFrontExtractor();
    private static final DocumentExtractor PASSPORT = new PassportExtractor();
    private static final DocumentExtractor NONE = page -> List.of();

    private Extractors() {
    }

    public static DocumentExtractor forType(DocumentType type) {
        return switch (type) {
            case BUSINESS_LICENCE -> new BusinessLicenceExtractor();
            case LEGAL_REP_ID_FRONT -> page -> PassportExtractor.hasZone(page) ? PASSPORT.extract(page)
                    : ID_FRONT.extract(page);
            case ADMIN_ID_FRONT, ADMIN_ID_IN_HAND -> ID_FRONT;
            case LEGAL_REP_ID_BACK, ADMIN_ID_BACK -> new IdCardBackExtractor();
            case COMMITMENT_LETTER -> new CommitmentLetterExtractor();
            case NUMBER_APPLICATION_LETTER -> new NumberApplicationLetterExtractor();
            case TAX_REGISTRATION_CERTIFICATE -> new TaxRegistrationExtractor();
            case ORGANIZATION_CODE_CERTIFICATE -> new OrganizationCodeExtractor();
            case OTHER -> NONE;
        };
    }
}
