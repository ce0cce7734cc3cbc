package org.voicequal.ocr.reading;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.voicequal.domain.text.ComparableText;
import org.voicequal.events.DocumentType;
import org.voicequal.ocr.OcrReading;
import org.voicequal.ocr.TurnedPages;
import org.voicequal.schemas.Fields;

/**
 * Both real engines, as the worker runs them, on the committed applications (rendered in fonts the tests
 * did not tune on): the decisive identifiers of a clean application are read and confirmed, the credit
 * code on a poor phone photo of a licence is not confirmed, pages scanned sideways or upside down are read
 * upright, and an image that is not one is refused with its reason.
 */
class DocumentReaderIT {

    private static final Path APPLICATIONS = Path.of("..", "samples", "applications");
    private static final Path SCANS_300_DPI = Path.of("src", "test", "resources", "scans-300dpi");
    private static OcrReading reading;

    @BeforeAll
    static void load() {
        reading = OcrReading.withDefaults();
    }

    @AfterAll
    static void close() {
        reading.close();
    }

    @Test
    void aCleanApplicationsIdentifiersAreReadAndConfirmedByBothEngines() throws IOException {
        JsonNode application = application("clean-approved");

        DocumentResult licence = read("clean-approved", DocumentType.BUSINESS_LICENCE);
        DocumentResult legalRep = read("clean-approved", DocumentType.LEGAL_REP_ID_FRONT);
        DocumentResult admin = read("clean-approved", DocumentType.ADMIN_ID_FRONT);

        assertConfirmed(licence, Fields.CREDIT_CODE, application.at("/enterprise/creditCode").asText());
        assertConfirmed(legalRep, Fields.ID_NUMBER, application.at("/legalRepresentative/idNumber").asText());
        assertConfirmed(admin, Fields.ID_NUMBER, application.at("/administrator/idNumber").asText());
        assertThat(licence.traits().sealed()).as("the licence's seal").isTrue();
        assertThat(licence.field(Fields.CREDIT_CODE).orElseThrow().engines()).hasSize(2);
    }

    @Test
    void theValidityOnTheEmblemSideIsRead() throws IOException {
        JsonNode application = application("clean-approved");

        DocumentResult back = read("clean-approved", DocumentType.ADMIN_ID_BACK);

        assertThat(back.field(Fields.VALID_TO).orElseThrow().read().value())
                .isEqualTo(application.at("/administrator/idValidTo").asText());
    }

    @Test
    void lettersCarryTheirSeal() throws IOException {
        assertThat(read("clean-approved", DocumentType.COMMITMENT_LETTER).traits().sealed()).isTrue();
        assertThat(read("clean-approved", DocumentType.NUMBER_APPLICATION_LETTER).traits().sealed()).isTrue();
    }

    @Test
    void aPoorPhotoOfTheLicenceLeavesItsCreditCodeUnconfirmed() throws IOException {
        DocumentResult licence = read("unsure-read", DocumentType.BUSINESS_LICENCE);

        assertThat(licence.field(Fields.CREDIT_CODE)).hasValueSatisfying(code -> assertThat(code.confirmed()).isFalse());
    }

    /** A scanner feeds pages sideways and upside down, and a portal may strip a photo's EXIF orientation. */
    @ParameterizedTest(name = "turned {0} quarter(s) clockwise")
    @ValueSource(ints = {1, 2, 3})
    void aPageLyingSidewaysOrUpsideDownIsReadUprightAndConfirmed(int quarters) throws IOException {
        JsonNode application = application("clean-approved");

        DocumentResult licence = readTurned("clean-approved", DocumentType.BUSINESS_LICENCE, quarters);
        DocumentResult legalRep = readTurned("clean-approved", DocumentType.LEGAL_REP_ID_FRONT, quarters);

        assertConfirmed(licence, Fields.CREDIT_CODE, application.at("/enterprise/creditCode").asText());
        assertThat(licence.field(Fields.LEGAL_REPRESENTATIVE).orElseThrow().read().value())
                .isEqualTo(application.at("/legalRepresentative/name").asText());
        assertConfirmed(legalRep, Fields.ID_NUMBER, application.at("/legalRepresentative/idNumber").asText());
        // the reading says how it set each page upright, so that its boxes can be drawn on the upload
        assertThat((quarters + licence.readQuarterTurns()) % 4).isZero();
        assertThat((quarters + legalRep.readQuarterTurns()) % 4).isZero();
        assertThat(licence.traits().sealed()).as("the licence's seal, found on the page set upright").isTrue();
    }

    @Test
    void anUprightPageIsReadAsItLies() throws IOException {
        assertThat(read("clean-approved", DocumentType.BUSINESS_LICENCE).readQuarterTurns()).isZero();
        assertThat(read("clean-approved", DocumentType.ADMIN_ID_BACK).readQuarterTurns()).isZero();
    }

    /** Scanners deliver A4 at 300 dpi: twice the print of the committed samples, where Tesseract misread 自 as 目. */
    @Test
    void aLicenceScannedAt300DpiIsConfirmedAsAt150() throws IOException {
        JsonNode application = application("clean-approved");

        DocumentResult licence = reading.reader().read(DocumentType.BUSINESS_LICENCE,
                Files.readAllBytes(SCANS_300_DPI.resolve("clean-approved-BUSINESS_LICENCE.png")));

        assertConfirmed(licence, Fields.CREDIT_CODE, application.at("/enterprise/creditCode").asText());
        for (String field : new String[] {Fields.ENTERPRISE_NAME, Fields.ENTERPRISE_TYPE, Fields.LEGAL_REPRESENTATIVE}) {
            FieldResult result = licence.field(field).orElseThrow();
            String typed = application.at(field.equals(Fields.LEGAL_REPRESENTATIVE) ? "/legalRepresentative/name"
                    : field.equals(Fields.ENTERPRISE_NAME) ? "/enterprise/name" : "/enterprise/enterpriseType").asText();
            assertThat(ComparableText.same(result.read().value(), typed)).as(field + " read as typed").isTrue();
            assertThat(result.agreement()).as(field).isEqualTo(Agreement.BOTH_AGREE);
            assertThat(result.confirmed()).as(field + " confirmed").isTrue();
        }
    }

    /** A seal's stroke through the date of issue (2017年03月24日 read 2017年03月2.4日) must not make it the 2nd. */
    @Test
    void aDateGarbledUnderTheSealIsNeverConfirmedAsAnotherDay() throws IOException {
        DocumentResult licence = reading.reader().read(DocumentType.BUSINESS_LICENCE,
                Files.readAllBytes(SCANS_300_DPI.resolve("expired-admin-id-BUSINESS_LICENCE.png")));

        FieldResult issued = licence.field(Fields.ISSUED_ON).orElseThrow();
        // read right, or left for a person: never another calendar day
        assertThat(issued.read().isRead() ? issued.read().value() : "unread").isIn("2017-03-24", "unread");
    }

    @Test
    void bytesThatAreNoImageAreUnreadableWithTheReason() {
        DocumentResult result = reading.reader().read(DocumentType.BUSINESS_LICENCE, "not an image".getBytes());

        assertThat(result.isReadable()).isFalse();
        assertThat(result.unreadable()).isNotBlank();
        assertThat(result.fields()).isEmpty();
    }

    private static void assertConfirmed(DocumentResult document, String field, String expected) {
        FieldResult result = document.field(field).orElseThrow();
        assertThat(result.read().value()).as(field).isEqualTo(expected);
        assertThat(result.confirmed()).as(field + " confirmed").isTrue();
    }

    private static DocumentResult read(String application, DocumentType type) throws IOException {
        byte[] image = Files.readAllBytes(APPLICATIONS.resolve(application).resolve("documents").resolve(type + ".png"));
        return reading.reader().read(type, image);
    }

    private static DocumentResult readTurned(String application, DocumentType type, int quarters) throws IOException {
        byte[] image = Files.readAllBytes(APPLICATIONS.resolve(application).resolve("documents").resolve(type + ".png"));
        return reading.reader().read(type, TurnedPages.turnedPng(image, quarters));
    }

    private static JsonNode application(String name) throws IOException {
        return new ObjectMapper().readTree(APPLICATIONS.resolve(name).resolve("application.json").toFile());
    }
}
