package org.voicequal.ocr.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.voicequal.events.DocumentType;
import org.voicequal.ocr.engine.Box;
import org.voicequal.ocr.engine.OcrEngine;
import org.voicequal.ocr.engine.PageText;
import org.voicequal.ocr.engine.TextLine;
import org.voicequal.ocr.extraction.FieldRead;
import org.voicequal.schemas.Fields;
import org.voicequal.ocr.image.ImageTraits;
import org.voicequal.ocr.image.UnreadableImageException;

/** How the two engines' reads combine, with engines that answer from a table (the real ones have their ITs). */
class DocumentReaderTest {

    private static final Box CODE_BOX = new Box(100, 50, 360, 30);
    private static final Box NAME_BOX = new Box(100, 120, 200, 30);
    private static final Box ADDRESS_BOX = new Box(100, 190, 500, 30);

    @Test
    void aValueBothEnginesReadIsConfirmedAndOneTheyReadDifferentlyIsNot() {
        DocumentReader reader = reader(Map.of(CODE_BOX.y(), "91330106MA27U4KB9J", NAME_BOX.y(), "杭州示列科技有限公司"));

        DocumentResult result = reader.read(DocumentType.BUSINESS_LICENCE, new byte[] {1});

        FieldResult code = result.field(Fields.CREDIT_CODE).orElseThrow();
        assertThat(code.agreement()).isEqualTo(Agreement.BOTH_AGREE);
        assertThat(code.confirmed()).isTrue();
        assertThat(code.engines()).containsExactly("lead", "second");
        FieldResult name = result.field(Fields.ENTERPRISE_NAME).orElseThrow();
        assertThat(name.agreement()).isEqualTo(Agreement.DISAGREE);
        assertThat(name.otherValue()).isEqualTo("杭州示列科技有限公司");
        assertThat(name.confirmed()).isFalse();
    }

    @Test
    void aPagePrintedInTraditionalScriptHasItsFieldsReadAgainWithTheTraditionalModelAndASimplifiedOneWithTheOther() {
        Map<Integer, String> simplifiedReads = Map.of(NAME_BOX.y(), "杭州示例科技有限公司");
        Map<Integer, String> traditionalReads = Map.of(NAME_BOX.y(), "杭州示例科技有限公司");

        DocumentResult traditionalPage = reader("營業執照 統一社會信用代碼 91330106MA27U4KB9J", Map.of(), traditionalReads)
                .read(DocumentType.BUSINESS_LICENCE, new byte[] {1});
        DocumentResult simplifiedPage = reader("营业执照 统一社会信用代码 91330106MA27U4KB9J", simplifiedReads, Map.of())
                .read(DocumentType.BUSINESS_LICENCE, new byte[] {1});

        assertThat(traditionalPage.field(Fields.ENTERPRISE_NAME).orElseThrow()).satisfies(f -> {
            assertThat(f.agreement()).isEqualTo(Agreement.BOTH_AGREE);
            assertThat(f.engines()).containsExactly("lead", "traditional");
        });
        assertThat(simplifiedPage.field(Fields.ENTERPRISE_NAME).orElseThrow()).satisfies(f -> {
            assertThat(f.agreement()).isEqualTo(Agreement.BOTH_AGREE);
            assertThat(f.engines()).containsExactly("lead", "second");
        });
        assertThat(reader(Map.of()).engines()).isEqualTo("lead+second+traditional");
    }

    @Test
    void aNameTheLeadReadWithoutACharacterItCannotWriteTakesTheSecondEnginesWholeNameAsAnUnconfirmedGuess() {
        BufferedImage page = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        OcrEngine lead = new OcrEngine() {
            @Override
            public PageText read(BufferedImage image) {
                return new PageText("lead", 800, 600, List.of(new TextLine("法定代表人 葛萍琪", NAME_BOX, 0.97)));
            }

            @Override
            public TextLine readLine(BufferedImage line) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean canWrite(int codePoint) {
                return codePoint != '諸';
            }

            @Override
            public String name() {
                return "lead";
            }
        };
        OcrEngine second = new OcrEngine() {
            @Override
            public PageText read(BufferedImage image) {
                throw new UnsupportedOperationException();
            }

            @Override
            public TextLine readLine(BufferedImage line) {
                return new TextLine("諸葛萍琪", new Box(0, 0, line.getWidth(), line.getHeight()), 0.9);
            }

            @Override
            public String name() {
                return "second";
            }
        };
        DocumentReader reader = new DocumentReader(bytes -> new DocumentReader.Decoded(page, 1.0),
                image -> new ImageTraits(false, List.of()),
                type -> text -> List.of(FieldRead.read(Fields.LEGAL_REPRESENTATIVE, "葛萍琪", 0.97, NAME_BOX, "法定代表人 葛萍琪")),
                lead, second, Confirmation.measured());

        FieldResult name = reader.read(DocumentType.BUSINESS_LICENCE, new byte[] {1}).field(Fields.LEGAL_REPRESENTATIVE)
                .orElseThrow();

        assertThat(name.read().value()).isEqualTo("諸葛萍琪");
        assertThat(name.read().confidence()).isLessThanOrEqualTo(Confirmation.GUESS);
        assertThat(name.otherValue()).isEqualTo("葛萍琪");
        assertThat(name.engines()).as("the value is the second engine's read").containsExactly("second");
        assertThat(name.agreement()).isEqualTo(Agreement.DISAGREE);
        assertThat(name.confirmed()).isFalse();
    }

    @Test
    void aValueOnlyTheLeadReadIsConfirmedOnlyWhenItIsACheckDigitCodeReadSurely() {
        DocumentReader reader = reader(Map.of());

        DocumentResult result = reader.read(DocumentType.BUSINESS_LICENCE, new byte[] {1});

        assertThat(result.field(Fields.CREDIT_CODE).orElseThrow()).satisfies(f -> {
            assertThat(f.agreement()).isEqualTo(Agreement.ONE_ENGINE);
            assertThat(f.confirmed()).isTrue(); // confidence 0.99 over a checksummed code
        });
        assertThat(result.field(Fields.ENTERPRISE_NAME).orElseThrow().confirmed()).isFalse();
        assertThat(result.field(Fields.ADDRESS).orElseThrow().agreement()).isEqualTo(Agreement.ONE_ENGINE);
        assertThat(result.field(Fields.LEGAL_REPRESENTATIVE).orElseThrow()).satisfies(f -> {
            assertThat(f.agreement()).isEqualTo(Agreement.UNREAD);
            assertThat(f.read().unreadReason()).isEqualTo("no label found");
        });
    }

    /** The corpus's 0015: PP-OCR read the code's last character C as 0, which fails the GB 32100 check. */
    @Test
    void aCodeTheLeadMisreadIsFilledInFromAReadOfItsBoxThatPassesTheCheckNeverConfirmed() {
        FieldResult code = nearMissRead("91330212640486Q320", "91330212640486Q32C", "");

        assertThat(code.read().value()).isEqualTo("91330212640486Q32C");
        assertThat(code.engines()).containsExactly("second");
        assertThat(code.agreement()).isEqualTo(Agreement.DISAGREE);
        assertThat(code.otherValue()).as("the lead's read beside it").isEqualTo("91330212640486Q320");
        assertThat(code.read().confidence()).isLessThanOrEqualTo(0.5);
        assertThat(code.confirmed()).isFalse();
    }

    /** The corpus's 0095: a stray 9 joined to the code and 3 read as 8; the lead reads the crop alone correctly. */
    @Test
    void whenTheSecondEngineCannotReadTheBoxTheLeadsReadOfTheCropAloneMayPass() {
        FieldResult code = nearMissRead("991820508N80902836G", "", "：91320508N80902836G");

        assertThat(code.read().value()).isEqualTo("91320508N80902836G");
        assertThat(code.engines()).containsExactly("lead");
        assertThat(code.confirmed()).isFalse();
    }

    @Test
    void anotherValidCodeReadThereIsNotTakenAndANearMissNobodyRescuesStaysUnreadWithoutItsBox() {
        FieldResult distant = nearMissRead("91330212640486Q320", "91330106MA27U4KB9J", "");
        FieldResult failing = nearMissRead("91330212640486Q320", "91330212640486Q321", "913302126404B6Q320");

        for (FieldResult code : List.of(distant, failing)) {
            assertThat(code.agreement()).isEqualTo(Agreement.UNREAD);
            assertThat(code.read().unreadReason()).isEqualTo("checksum failed (GB 32100)");
            assertThat(code.read().box()).isNull();
            assertThat(code.read().evidence()).isNull();
        }
    }

    /** The credit code of a page whose extraction left it a near miss read as {@code asRead}; crops read as given. */
    private static FieldResult nearMissRead(String asRead, String secondReadsCrop, String leadReadsCrop) {
        BufferedImage page = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        OcrEngine lead = fixedLine("lead", leadReadsCrop);
        OcrEngine second = fixedLine("second", secondReadsCrop);
        DocumentReader reader = new DocumentReader(bytes -> new DocumentReader.Decoded(page, 1.0),
                image -> new ImageTraits(false, List.of()),
                type -> text -> List.of(FieldRead.nearMiss(Fields.CREDIT_CODE, "checksum failed (GB 32100)", CODE_BOX, asRead)),
                lead, second, Confirmation.measured());
        return reader.read(DocumentType.BUSINESS_LICENCE, new byte[] {1}).field(Fields.CREDIT_CODE).orElseThrow();
    }

    private static OcrEngine fixedLine(String name, String line) {
        return new OcrEngine() {
            @Override
            public PageText read(BufferedImage image) {
                return new PageText(name, image.getWidth(), image.getHeight(), List.of());
            }

            @Override
            public TextLine readLine(BufferedImage crop) {
                return new TextLine(line, new Box(0, 0, crop.getWidth(), crop.getHeight()), 0.95);
            }

            @Override
            public String name() {
                return name;
            }
        };
    }

    @Test
    void anUnreadableImageIsReportedWithItsReasonAndNoEngineRuns() {
        DocumentReader reader = new DocumentReader(bytes -> {
            throw new UnreadableImageException("empty file");
        }, image -> {
            throw new AssertionError("no traits for an unreadable image");
        }, type -> page -> List.of(), failingEngine(), failingEngine(), Confirmation.measured());

        DocumentResult result = reader.read(DocumentType.ADMIN_ID_FRONT, new byte[0]);

        assertThat(result.isReadable()).isFalse();
        assertThat(result.unreadable()).isEqualTo("empty file");
        assertThat(result.fields()).isEmpty();
    }

    /**
     * A sealed page is read again with the seal's red lifted: a letter's signature fields take that read; another
     * field keeps the page's own read unless that was unread or a guess.
     */
    @Test
    void aSealedLettersSignatureIsReadWithTheSealsRedLiftedOtherFieldsKeepTheirSureRead() {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 400, 300);
        g.setColor(new java.awt.Color(220, 40, 40));
        g.fillRect(200, 150, 100, 100);
        g.dispose();
        Box seal = new Box(200, 150, 100, 100);
        Box line = new Box(20, 20, 200, 30);
        OcrEngine lead = new OcrEngine() {
            @Override
            public PageText read(BufferedImage page) {
                boolean lifted = true; // no red left on what it was given (the page, or the seal's band)
                for (int y = 0; y < page.getHeight(); y++) {
                    for (int x = 0; x < page.getWidth(); x++) {
                        int rgb = page.getRGB(x, y);
                        lifted &= ((rgb >> 16) & 0xff) == (rgb & 0xff);
                    }
                }
                return new PageText("lead", 400, 300, List.of(new TextLine(lifted ? "lifted" : "as is", line, 0.99)));
            }

            @Override
            public TextLine readLine(BufferedImage crop) {
                throw new AssertionError("the lead reads pages");
            }

            @Override
            public String name() {
                return "lead";
            }
        };
        DocumentReader reader = new DocumentReader(bytes -> new DocumentReader.Decoded(image, 1.0),
                img -> new ImageTraits(true, List.of(new org.voicequal.ocr.image.Seal(seal, 0.9))),
                type -> page -> page.text().contains("lifted")
                        ? List.of(FieldRead.read(Fields.SIGNATORY_COMPANY, "北京博众软件股份有限公司", 0.99, line, "lifted"),
                                FieldRead.read(Fields.CREDIT_CODE, "91110105MAR8209L3Y", 0.99, line, "lifted"),
                                FieldRead.read(Fields.ADMIN_NAME_IN_BLANK, "魏艳", 0.9, line, "lifted"))
                        : List.of(FieldRead.read(Fields.SIGNATORY_COMPANY, "北京博众软件", 0.5, line, "as is"),
                                FieldRead.unread(Fields.CREDIT_CODE, "label not found"),
                                FieldRead.read(Fields.ADMIN_NAME_IN_BLANK, "魏艳", 0.99, line, "as is")),
                lead, failingEngine(), Confirmation.measured());

        DocumentResult letter = reader.read(DocumentType.COMMITMENT_LETTER, new byte[] {1});

        assertThat(letter.field(Fields.SIGNATORY_COMPANY).orElseThrow().read().value()).isEqualTo("北京博众软件股份有限公司");
        assertThat(letter.field(Fields.CREDIT_CODE).orElseThrow().read().value()).isEqualTo("91110105MAR8209L3Y");
        assertThat(letter.field(Fields.ADMIN_NAME_IN_BLANK).orElseThrow().read().evidence()).isEqualTo("as is");
        assertThat(letter.text()).isEqualTo("as is");

        DocumentResult licence = reader.read(DocumentType.BUSINESS_LICENCE, new byte[] {1});

        // not a letter: only the unread or guessed fields take the lifted read
        assertThat(licence.field(Fields.SIGNATORY_COMPANY).orElseThrow().read().value()).isEqualTo("北京博众软件股份有限公司");
        assertThat(licence.field(Fields.CREDIT_CODE).orElseThrow().read().value()).isEqualTo("91110105MAR8209L3Y");
        assertThat(licence.field(Fields.ADMIN_NAME_IN_BLANK).orElseThrow().read().evidence()).isEqualTo("as is");
    }

    /**
     * Every licence carries its registration authority's seal: a company's licence is not read again for the 组成形式
     * it does not print, nor for a guess that lies beside the seal, but is for a guess under it or a field it prints
     * that went unread.
     */
    @Test
    void aSealedLicenceIsReadAgainOnlyForAFieldItPrints() {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Box line = new Box(20, 20, 200, 30);
        java.util.concurrent.atomic.AtomicInteger regionReads = new java.util.concurrent.atomic.AtomicInteger();
        OcrEngine lead = new OcrEngine() {
            @Override
            public PageText read(BufferedImage page) {
                return new PageText("lead", 400, 300, List.of(new TextLine("名称 北京博众软件股份有限公司", line, 0.99)));
            }

            @Override
            public PageText read(BufferedImage page, Box region) {
                regionReads.incrementAndGet();
                return read(page);
            }

            @Override
            public TextLine readLine(BufferedImage crop) {
                return new TextLine("北京博众软件股份有限公司", new Box(0, 0, crop.getWidth(), crop.getHeight()), 0.9);
            }

            @Override
            public String name() {
                return "lead";
            }
        };
        FieldRead name = FieldRead.read(Fields.ENTERPRISE_NAME, "北京博众软件股份有限公司", 0.99, line, "名称 北京博众软件股份有限公司");
        java.util.function.Function<FieldRead, DocumentReader> reader = other -> new DocumentReader(
                bytes -> new DocumentReader.Decoded(image, 1.0),
                img -> new ImageTraits(true, List.of(new org.voicequal.ocr.image.Seal(new Box(200, 150, 100, 100), 0.9))),
                type -> page -> List.of(name, other), lead, lead, Confirmation.measured());

        reader.apply(FieldRead.notPrinted(Fields.COMPOSITION_FORM, "composition form only on an individual business licence"))
                .read(DocumentType.BUSINESS_LICENCE, new byte[] {1});
        assertThat(regionReads).as("nothing printed went unread").hasValue(0);

        reader.apply(FieldRead.read(Fields.ADDRESS, "北京市朝阳区", Confirmation.GUESS, new Box(20, 60, 150, 30), "住所"))
                .read(DocumentType.BUSINESS_LICENCE, new byte[] {1});
        assertThat(regionReads).as("a guess beside the seal would read the same pixels again").hasValue(0);

        reader.apply(FieldRead.read(Fields.ADDRESS, "北京市朝阳区", Confirmation.GUESS, new Box(150, 160, 150, 30), "住所"))
                .read(DocumentType.BUSINESS_LICENCE, new byte[] {1});
        assertThat(regionReads).as("a guess under the seal").hasValue(1);

        reader.apply(FieldRead.unread(Fields.ADDRESS, "label not found")).read(DocumentType.BUSINESS_LICENCE, new byte[] {1});
        assertThat(regionReads).as("the address may lie under the seal").hasValue(2);
    }

    /** The lead reads a licence page; the second engine reads, per crop, what {@code secondByTop} says. */
    private static DocumentReader reader(Map<Integer, String> secondByTop) {
        return reader("统一社会信用代码 91330106MA27U4KB9J", secondByTop, Map.of());
    }

    /** A page whose lead text is {@code pageText}, with a second engine for each script. */
    private static DocumentReader reader(String pageText, Map<Integer, String> secondByTop,
            Map<Integer, String> traditionalByTop) {
        BufferedImage page = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        // each field's box in a light shade of its own (never ink), so that the fake second engine knows the crop
        java.awt.Graphics2D g = page.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 800, 600);
        for (Box box : List.of(CODE_BOX, NAME_BOX, ADDRESS_BOX)) {
            g.setColor(new java.awt.Color(250, 250, 200 + box.y() / 5));
            g.fillRect(box.x(), box.y(), box.width(), box.height());
        }
        g.dispose();
        OcrEngine lead = engine("lead", new PageText("lead", 800, 600, List.of(
                new TextLine(pageText, CODE_BOX, 0.99))), null);
        OcrEngine second = engine("second", null, secondByTop);
        OcrEngine traditional = engine("traditional", null, traditionalByTop);
        return new DocumentReader(bytes -> new DocumentReader.Decoded(page, 1.0), image -> new ImageTraits(true, List.of()),
                type -> text -> List.of(
                        FieldRead.read(Fields.CREDIT_CODE, "91330106MA27U4KB9J", 0.99, CODE_BOX, "统一社会信用代码 91330106MA27U4KB9J"),
                        FieldRead.read(Fields.ENTERPRISE_NAME, "杭州示例科技有限公司", 0.99, NAME_BOX, "名称 杭州示例科技有限公司"),
                        FieldRead.read(Fields.ADDRESS, "浙江省杭州市西湖区文三路100号", 0.99, ADDRESS_BOX, "住所 浙江省杭州市"),
                        FieldRead.unread(Fields.LEGAL_REPRESENTATIVE, "no label found")),
                lead, second, traditional, Confirmation.measured());
    }

    private static OcrEngine engine(String name, PageText page, Map<Integer, String> lineByCropTop) {
        return new OcrEngine() {
            @Override
            public PageText read(BufferedImage image) {
                return page;
            }

            @Override
            public TextLine readLine(BufferedImage line) {
                // the shade at the crop's centre tells which field's box it was cut around
                int top = ((line.getRGB(line.getWidth() / 2, line.getHeight() / 2) & 0xff) - 200) * 5;
                String text = lineByCropTop.entrySet().stream()
                        .filter(e -> Math.abs(e.getKey() - top) < 40).map(Map.Entry::getValue).findFirst().orElse("");
                return new TextLine(text, new Box(0, 0, line.getWidth(), line.getHeight()), 0.9);
            }

            @Override
            public String name() {
                return name;
            }
        };
    }

    private static OcrEngine failingEngine() {
        return engine("failing", null, Map.of());
    }
}
