package org.voicequal.ocr.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.voicequal.ocr.engine.Box;

class SealDetectorTest {

    private final ImageTraitsReader reader = new ImageTraitsReader();

    /** Whether the most seal-like seal found lies where the sample's seal was drawn, at about its size. */
    private static boolean found(ImageTraits traits, SealSamples.Sample sample) {
        if (!traits.sealed()) {
            return false;
        }
        Seal seal = traits.seals().get(0);
        double size = Math.max(seal.box().width(), seal.box().height());
        return Math.abs(seal.box().centerX() - sample.cx()) < sample.width() * 0.2
                && Math.abs(seal.box().centerY() - sample.cy()) < sample.width() * 0.2
                && size > sample.width() * 0.75 && size < sample.width() * 1.25;
    }

    @Test
    void detectsAtLeast98PercentOfSealsWithAtMost2PercentFalseSeals() {
        Random random = new Random(20261129);
        int seals = 200;
        List<String> missed = new ArrayList<>();
        long nanos = 0;
        for (int i = 0; i < seals; i++) {
            SealSamples.Sample sample = SealSamples.withSeal(random);
            long detecting = System.nanoTime();
            ImageTraits traits = reader.traitsOf(sample.image());
            nanos += System.nanoTime() - detecting;
            if (!found(traits, sample)) {
                missed.add(i + " " + sample.kind() + " " + traits.seals());
            }
        }
        Map<String, Integer> falseByKind = new TreeMap<>();
        int falseSeals = 0;
        int others = 200;
        for (int i = 0; i < others; i++) {
            SealSamples.Sample sample = SealSamples.withoutSeal(random, i);
            long detecting = System.nanoTime();
            ImageTraits traits = reader.traitsOf(sample.image());
            nanos += System.nanoTime() - detecting;
            if (traits.sealed()) {
                falseSeals++;
                falseByKind.merge(sample.kind(), 1, Integer::sum);
                System.out.println("false seal " + i + " " + sample.kind() + " " + traits.seals());
            }
        }
        long millis = nanos / 1_000_000 / (seals + others);
        double detected = (seals - missed.size()) * 100.0 / seals;
        double falseRate = falseSeals * 100.0 / others;
        missed.forEach(m -> System.out.println("missed " + m));
        System.out.printf("seals detected %d/%d (%.1f %%), false seals %d/%d (%.1f %%) %s, %d ms per image"
                + " of %d%n",
                seals - missed.size(), seals, detected, falseSeals, others, falseRate, falseByKind, millis,
                seals + others);
        assertThat(detected).isGreaterThanOrEqualTo(98.0);
        assertThat(falseRate).isLessThanOrEqualTo(2.0);
    }

    /**
     * A licence's registration seal (登记专用章) stamped over the issuing office and the date, on a clean
     * licence and a phone photo of one (corpus images 0037 and 0056): its name, star and second line, with the black print under them, fill the
     * ring more than an office seal's do (inner density 0.61–0.64 of the ring's), yet far less than a solid logo.
     */
    @Test
    void aRegistrationSealOverPrintIsDetected() throws Exception {
        for (String file : new String[] {"seals/licence-seal-over-date.png", "seals/licence-seal-phone.jpg"}) {
            BufferedImage image;
            try (var in = getClass().getClassLoader().getResourceAsStream(file)) {
                image = javax.imageio.ImageIO.read(in);
            }
            assertThat(reader.traitsOf(image).sealed()).as(file).isTrue();
        }
    }

    @Test
    void ovalAndSquareSealsAreDetected() {
        for (SealDrawings.Outline outline : SealDrawings.Outline.values()) {
            BufferedImage page = TestImages.page(1000, 1414, new Random(11));
            Graphics2D g = page.createGraphics();
            SealDrawings.seal(g, 700, 1100, 220, outline, new Color(215, 35, 40), 0.85, 0.1, new Random(12));
            g.dispose();
            ImageTraits traits = reader.traitsOf(page);
            assertThat(traits.sealed()).as(outline.name()).isTrue();
            Box box = traits.seals().get(0).box();
            assertThat(box.centerX()).isCloseTo(700, Offset.offset(30.0));
            assertThat(box.centerY()).isCloseTo(1100, Offset.offset(30.0));
        }
    }

    @Test
    void aSealOnAGreyCopyLeavesItBlackAndWhite() {
        BufferedImage page = TestImages.page(1240, 1754, new Random(13));
        Graphics2D g = page.createGraphics();
        SealDrawings.seal(g, 900, 1400, 280, SealDrawings.Outline.CIRCLE, new Color(225, 40, 50), 0.8, 0.4,
                new Random(14));
        g.dispose();
        ImageTraits traits = reader.traitsOf(page);
        assertThat(traits.sealed()).isTrue();
        assertThat(traits.colour()).isFalse();
    }

    @Test
    void aGreyCopyPhotographedUnderWarmLightIsStillBlackAndWhite() {
        BufferedImage page = TestImages.page(1000, 1414, new Random(15));
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int v = page.getRGB(x, y) & 0xFF;
                page.setRGB(x, y, Math.min(255, v) << 16 | v * 92 / 100 << 8 | v * 78 / 100);
            }
        }
        ImageTraits traits = reader.traitsOf(page);
        assertThat(traits.colour()).isFalse();
        assertThat(traits.sealed()).isFalse();
    }

    @Test
    void aColourPhotoIsColour() {
        SealSamples.Sample photo = SealSamples.withoutSeal(new Random(16), 7);
        assertThat(photo.kind()).isEqualTo("colour photo");
        ImageTraits traits = reader.traitsOf(photo.image());
        assertThat(traits.colour()).isTrue();
        assertThat(traits.sealed()).isFalse();
    }

    @Test
    void aHandHeldIdPhotoWithTheEmblemHasNoSealAndIsColour() {
        SealSamples.Sample hand = SealSamples.withoutSeal(new Random(17), 4);
        assertThat(hand.kind()).isEqualTo("skin and red clothing");
        Graphics2D g = hand.image().createGraphics();
        SealSamples.emblem(g, 300, 300, 180, new Random(18));
        g.dispose();
        ImageTraits traits = reader.traitsOf(hand.image());
        assertThat(traits.seals()).isEmpty();
        assertThat(traits.colour()).isTrue();
    }

    @Test
    void eachKindOfLookAlikeIsNoSeal() {
        for (int kind = 0; kind < SealSamples.FALSE_KINDS.length; kind++) {
            SealSamples.Sample sample = SealSamples.withoutSeal(new Random(100 + kind), kind);
            assertThat(reader.traitsOf(sample.image()).seals()).as(sample.kind()).isEmpty();
        }
    }
}
