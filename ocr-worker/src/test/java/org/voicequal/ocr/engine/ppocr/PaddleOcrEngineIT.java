package org.voicequal.ocr.engine.ppocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voicequal.ocr.engine.Box;
import org.voicequal.ocr.engine.PageText;
import org.voicequal.ocr.engine.TextLine;

/**
 * The real PP-OCRv4 models on ONNX Runtime reading the committed sample images (no fonts, no Tesseract
 * needed). Prints model load and warm per-image times; they are not asserted, the machine is shared.
 */
class PaddleOcrEngineIT {

    private static final Path SAMPLES = Path.of("src", "test", "resources", "synthetic-sample");

    private static PaddleOcrEngine engine;

    @BeforeAll
    static void start() {
        long started = System.nanoTime();
        engine = new PaddleOcrEngine();
        System.out.printf("ppocr: models loaded in %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void readsTheCreditCodeOfTheLicence() throws IOException {
        BufferedImage licence = sample("BUSINESS_LICENCE.png");
        PageText page = timed("BUSINESS_LICENCE", licence);
        assertThat(page.lines()).anySatisfy(line -> assertThat(line.text()).contains("91330106MA27U4KB9J"));
        assertThat(page.text()).contains("杭州示例科技有限公司");
        assertWellFormed(page, licence);
        assertThat(engine.name()).isEqualTo("ppocr-v4/onnxruntime-1.22.0");
    }

    @Test
    void readsTheIdNumberOfAnIdFront() throws IOException {
        BufferedImage front = sample("ADMIN_ID_FRONT.png");
        PageText page = timed("ADMIN_ID_FRONT", front);
        assertThat(page.lines()).anySatisfy(line -> assertThat(line.text()).contains("330102199208080026"));
        assertWellFormed(page, front);
    }

    @Test
    void readsTheValidityOfAnIdBack() throws IOException {
        BufferedImage back = sample("LEGAL_REP_ID_BACK.png");
        PageText page = timed("LEGAL_REP_ID_BACK", back);
        assertThat(page.lines()).anySatisfy(line -> assertThat(line.text()).contains("2015.03.01-2035.03.01"));
        assertWellFormed(page, back);
    }

    @Test
    void readsTheSmallPrintOfAnA4LicenceScan() throws IOException {
        BufferedImage licence = fixture("licence-a4.png");
        PageText page = timed("licence-a4", licence);
        assertThat(page.lines()).anySatisfy(line -> assertThat(line.text()).isEqualTo(PpocrFixtures.CREDIT_CODE));
        assertThat(page.lines()).anySatisfy(line -> assertThat(line.text()).contains("技术服务、技术开发、技术咨询"));
        assertThat(page.lines()).anySatisfy(line -> assertThat(line.text()).contains("人工智能应用软件开发"));
        assertThat(page.lines()).anySatisfy(line -> assertThat(line.text()).contains(PpocrFixtures.FOOTER));
        assertWellFormed(page, licence);
    }

    @Test
    void readsAnIdCardPhotographedTiltedOnADesk() throws IOException {
        BufferedImage photo = fixture("id-front-photo.png");
        PageText page = timed("id-front-photo", photo);
        assertThat(page.lines()).anySatisfy(line -> assertThat(line.text()).contains(PpocrFixtures.ID_NUMBER));
        assertThat(page.lines()).anySatisfy(line -> assertThat(line.text()).contains(PpocrFixtures.ID_NAME));
        assertThat(page.lines()).anySatisfy(line -> assertThat(line.text()).contains(PpocrFixtures.ID_ADDRESS));
        assertWellFormed(page, photo);
        TextLine number = page.lines().stream().filter(l -> l.text().contains(PpocrFixtures.ID_NUMBER)).findFirst()
                .orElseThrow();
        // the number lies in the lower half of the card, right of its label
        assertThat(number.box().centerY()).isBetween(600.0, 720.0);
        assertThat(number.box().x()).isBetween(400, 500);
    }

    @Test
    void readsLinesTopToBottom() throws IOException {
        PageText page = engine.read(sample("BUSINESS_LICENCE.png"));
        for (int i = 1; i < page.lines().size(); i++) {
            assertThat(page.lines().get(i).box().centerY()).isGreaterThan(page.lines().get(i - 1).box().y());
        }
        assertThat(page.lines().get(0).text()).isEqualTo("营业执照");
    }

    @Test
    void readsABandOfAPageAsTheWholePageReadsItThere() throws IOException {
        BufferedImage licence = fixture("licence-a4.png");
        TextLine onPage = engine.read(licence).lines().stream()
                .filter(l -> l.text().equals(PpocrFixtures.CREDIT_CODE)).findFirst().orElseThrow();
        int top = Math.max(0, onPage.box().y() - 3 * onPage.box().height());
        Box band = new Box(0, top, licence.getWidth(), Math.min(licence.getHeight() - top, 7 * onPage.box().height()));

        PageText read = engine.read(licence, band);

        assertThat(read.width()).isEqualTo(band.width());
        assertThat(read.height()).isEqualTo(band.height());
        TextLine inBand = read.lines().stream().filter(l -> l.text().equals(PpocrFixtures.CREDIT_CODE)).findFirst()
                .orElseThrow();
        // in the band's own pixels, where the page read found it
        assertThat(inBand.box().x()).isCloseTo(onPage.box().x(), org.assertj.core.data.Offset.offset(4));
        assertThat(inBand.box().y() + top).isCloseTo(onPage.box().y(), org.assertj.core.data.Offset.offset(4));
    }

    @Test
    void readsOneLineCutOutOfAPage() throws IOException {
        BufferedImage licence = sample("BUSINESS_LICENCE.png");
        Box box = engine.read(licence).lines().stream()
                .filter(l -> l.text().contains("91330106MA27U4KB9J")).findFirst().orElseThrow().box();
        int x = Math.max(0, box.x() - 8), y = Math.max(0, box.y() - 8);
        BufferedImage crop = licence.getSubimage(x, y, Math.min(licence.getWidth() - x, box.width() + 16),
                Math.min(licence.getHeight() - y, box.height() + 16));
        TextLine line = engine.readLine(crop);
        assertThat(line.text()).contains("91330106MA27U4KB9J");
        assertThat(line.charConfidences()).hasSize(line.text().length());
        assertThat(line.box()).isEqualTo(new Box(0, 0, crop.getWidth(), crop.getHeight()));
        assertThat(line.confidence(line.text().indexOf('9'), line.text().indexOf('9') + 18)).isGreaterThan(0.8);
    }

    @Test
    void readsAPageTurnedUpsideDown() throws IOException {
        BufferedImage front = sample("ADMIN_ID_FRONT.png");
        BufferedImage turned = turn(front, Math.PI);
        PageText page = engine.read(turned);
        assertThat(page.lines()).anySatisfy(line -> assertThat(line.text()).contains("330102199208080026"));
        assertThat(page.quarterTurns()).as("read upright, half a turn back").isEqualTo(2);
        assertWellFormed(page, turned);
    }

    @Test
    void readsAPageLyingSidewaysUprightWithItsBoxesWhereTheUprightPageHasThem() throws IOException {
        BufferedImage licence = sample("BUSINESS_LICENCE.png");
        Box upright = engine.read(licence).lines().stream().filter(l -> l.text().contains("91330106MA27U4KB9J"))
                .findFirst().orElseThrow().box();
        for (double radians : new double[] {Math.PI / 2, -Math.PI / 2}) {
            PageText page = engine.read(turn(licence, radians));

            assertThat(page.quarterTurns()).as("turned back after %s rad", radians).isEqualTo(radians > 0 ? 3 : 1);
            assertWellFormed(page, licence);
            Box read = page.lines().stream().filter(l -> l.text().contains("91330106MA27U4KB9J")).findFirst()
                    .orElseThrow().box();
            assertThat(Math.abs(read.x() - upright.x()) + Math.abs(read.y() - upright.y())).isLessThanOrEqualTo(6);
        }
        assertThat(engine.read(licence).quarterTurns()).isZero();
    }

    @Test
    void readsAnUpsideDownLineCrop() throws IOException {
        BufferedImage back = sample("LEGAL_REP_ID_BACK.png");
        Box box = engine.read(back).lines().stream()
                .filter(l -> l.text().contains("2035.03.01")).findFirst().orElseThrow().box();
        BufferedImage crop = back.getSubimage(box.x(), box.y(), box.width(), box.height());
        assertThat(engine.readLine(turn(crop, Math.PI)).text()).contains("2015.03.01-2035.03.01");
    }

    @Test
    void readsAPageTiltedByAFewDegrees() throws IOException {
        BufferedImage licence = sample("BUSINESS_LICENCE.png");
        PageText page = engine.read(turn(licence, Math.toRadians(4)));
        assertThat(page.lines()).anySatisfy(line -> assertThat(line.text()).contains("91330106MA27U4KB9J"));
    }

    @Test
    void readsPagesOnSeveralThreadsAtOnceAsItDoesOneByOne() throws Exception {
        List<BufferedImage> pages = List.of(sample("ADMIN_ID_FRONT.png"), sample("LEGAL_REP_ID_BACK.png"),
                sample("LEGAL_REP_ID_FRONT.png"));
        List<String> alone = pages.stream().map(page -> engine.read(page).text()).toList();
        ExecutorService threads = Executors.newFixedThreadPool(pages.size());
        try {
            List<Future<PageText>> together = new ArrayList<>();
            for (BufferedImage page : pages) {
                together.add(threads.submit(() -> engine.read(page)));
            }
            for (int i = 0; i < pages.size(); i++) {
                assertThat(together.get(i).get(2, TimeUnit.MINUTES).text()).isEqualTo(alone.get(i));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void readsAnEmptyPageAsNoLines() {
        BufferedImage blank = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        blank.getGraphics().fillRect(0, 0, 640, 480);
        assertThat(engine.read(blank).lines()).isEmpty();
    }

    private static PageText timed(String what, BufferedImage image) {
        engine.read(image);
        int runs = 2;
        long started = System.nanoTime();
        PageText page = null;
        for (int i = 0; i < runs; i++) {
            page = engine.read(image);
        }
        System.out.printf("ppocr: %s %dx%d read warm in %d ms (%d lines)%n", what, image.getWidth(),
                image.getHeight(), (System.nanoTime() - started) / 1_000_000 / runs, page.lines().size());
        return page;
    }

    private static void assertWellFormed(PageText page, BufferedImage image) {
        assertThat(page.width()).isEqualTo(image.getWidth());
        assertThat(page.height()).isEqualTo(image.getHeight());
        assertThat(page.lines()).isNotEmpty().allSatisfy(line -> {
            assertThat(line.box().x()).isGreaterThanOrEqualTo(0);
            assertThat(line.box().y()).isGreaterThanOrEqualTo(0);
            assertThat(line.box().right()).isLessThanOrEqualTo(image.getWidth());
            assertThat(line.box().bottom()).isLessThanOrEqualTo(image.getHeight());
            assertThat(line.box().width()).isPositive();
            assertThat(line.charConfidences()).hasSize(line.text().length());
            assertThat(line.confidence()).isBetween(0.5, 1.0);
            assertThat(line.text()).isEqualTo(line.text().strip());
        });
    }

    /** Turned about its centre, on a white canvas large enough to hold it: Java2D only, no fonts. */
    static BufferedImage turn(BufferedImage image, double radians) {
        double sin = Math.abs(Math.sin(radians)), cos = Math.abs(Math.cos(radians));
        int w = (int) Math.round(image.getWidth() * cos + image.getHeight() * sin);
        int h = (int) Math.round(image.getWidth() * sin + image.getHeight() * cos);
        BufferedImage turned = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g = turned.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, w, h);
        AffineTransform transform = new AffineTransform();
        transform.translate(w / 2.0, h / 2.0);
        transform.rotate(radians);
        transform.translate(-image.getWidth() / 2.0, -image.getHeight() / 2.0);
        g.drawImage(image, new AffineTransformOp(transform, AffineTransformOp.TYPE_BILINEAR), 0, 0);
        g.dispose();
        return turned;
    }

    private static BufferedImage fixture(String file) throws IOException {
        return ImageIO.read(PaddleOcrEngineIT.class.getResource("/ppocr/" + file));
    }

    private static BufferedImage sample(String file) throws IOException {
        return ImageIO.read(SAMPLES.resolve(file).toFile());
    }
}
