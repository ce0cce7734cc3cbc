package org.voicequal.ocr.reading;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.voicequal.events.DocumentType;
import org.voicequal.ocr.engine.Box;
import org.voicequal.ocr.engine.Images;
import org.voicequal.ocr.engine.OcrEngine;
import org.voicequal.ocr.engine.PageText;
import org.voicequal.ocr.engine.TextLine;
import org.voicequal.ocr.extraction.DocumentExtractor;
import org.voicequal.ocr.extraction.FieldRead;
import org.voicequal.ocr.image.ImageTraits;
import org.voicequal.schemas.Fields;
import org.voicequal.ocr.image.UnreadableImageException;

/**
 * Reads one document image with both engines. The leading engine (PP-OCR: it found 85 % of true values on
 * an independent corpus, Tesseract 61–69 %) reads the whole page; extraction finds each field by layout;
 * then the second engine (Tesseract) reads only each field's crop, a fraction of a page's cost, so a value
 * that both read identically is confirmed at little more than one engine's time. The second engine reads with
 * the model of the page's {@link Script} for names: a Traditional page's names with a Traditional model.
 */
public final class DocumentReader {

    /** Turns uploaded bytes into a bounded, upright image, or throws {@link UnreadableImageException}. */
    @FunctionalInterface
    public interface Decoder {
        Decoded decode(byte[] bytes);
    }

    /** @param scale the factor the original was scaled by (1 when read at full size) */
    public record Decoded(BufferedImage image, double scale) {
    }

    private final Decoder decoder;
    private final Function<BufferedImage, ImageTraits> traits;
    private final Function<DocumentType, DocumentExtractor> extractors;
    private final OcrEngine lead;
    private final OcrEngine second;
    private final OcrEngine traditionalSecond;
    private final Confirmation confirmation;

    /** With one second engine for pages of either script. */
    public DocumentReader(Decoder decoder, Function<BufferedImage, ImageTraits> traits,
            Function<DocumentType, DocumentExtractor> extractors, OcrEngine lead, OcrEngine second,
            Confirmation confirmation) {
        this(decoder, traits, extractors, lead, second, second, confirmation);
    }

    /** @param traditionalSecond the second engine for pages printed in Traditional script */
    public DocumentReader(Decoder decoder, Function<BufferedImage, ImageTraits> traits,
            Function<DocumentType, DocumentExtractor> extractors, OcrEngine lead, OcrEngine second,
            OcrEngine traditionalSecond, Confirmation confirmation) {
        this.decoder = decoder;
        this.traits = traits;
        this.extractors = extractors;
        this.lead = lead;
        this.second = second;
        this.traditionalSecond = traditionalSecond;
        this.confirmation = confirmation;
    }

    /** The engines, as recorded with every recognition: a change of any reads the images again. */
    public String engines() {
        return lead.name() + "+" + second.name()
                + (traditionalSecond == second ? "" : "+" + traditionalSecond.name());
    }

    public DocumentResult read(DocumentType type, byte[] bytes) {
        long start = System.nanoTime();
        Decoded decoded;
        try {
            decoded = decoder.decode(bytes);
        } catch (UnreadableImageException e) {
            return DocumentResult.unreadable(type, e.getMessage(), millisSince(start));
        }
        PageText page = lead.read(decoded.image());
        // a page that lay sideways or upside down: seals, crops and second reads all work on it upright
        BufferedImage image = page.quarterTurns() == 0 ? decoded.image()
                : Images.turnedClockwise(decoded.image(), page.quarterTurns());
        ImageTraits imageTraits = traits.apply(image);
        OcrEngine namesSecond = Script.of(page.text()) == Script.TRADITIONAL ? traditionalSecond : second;
        DocumentExtractor extractor = extractors.apply(type);
        List<FieldRead> reads = new ArrayList<>(extractor.extract(page));
        List<BufferedImage> sources = new ArrayList<>(java.util.Collections.nCopies(reads.size(), image));
        boolean letter = SIGNED_UNDER_SEAL.contains(type);
        if (imageTraits.sealed() && (letter || reads.stream().anyMatch(read -> liftable(read, imageTraits, image)))) {
            // PP-OCR loses print under a seal's red ink (a letter's 落款: the company, the date; a licence's name
            // beside its seal): the seals' bands are read once more with the red lifted off (LiftedPage). A letter's
            // fields at its signature, which lies under the seal, take that read; any other field takes it only when
            // the page as it is left it unread or guessed and the lifted read is surer — so a page is read again only
            // for such a field that lies under a seal, or whose place is unknown (a guess beside the seal would be
            // read from the same pixels; on the corpus no read changed). Never the whole page: PP-OCR
            // reads another image's lines a little differently, and lost there what it read here (a letter's blank)
            LiftedPage.Read liftedRead = LiftedPage.read(lead, image, page, imageTraits.seals());
            BufferedImage lifted = liftedRead.lifted();
            List<FieldRead> again = extractor.extract(liftedRead.page());
            for (int i = 0; i < reads.size(); i++) {
                FieldRead read = reads.get(i);
                Optional<FieldRead> other = again.stream().filter(r -> r.name().equals(read.name()))
                        .filter(FieldRead::isRead).findFirst();
                if (other.isEmpty()) {
                    continue;
                }
                boolean atSignature = letter && UNDER_SEAL.contains(read.name());
                if (atSignature || (unsure(read) && (!read.isRead() || other.get().confidence() > read.confidence()))) {
                    reads.set(i, other.get());
                    sources.set(i, lifted);
                }
            }
            sameNameAtBothPlaces(reads);
        }
        List<FieldResult> fields = new ArrayList<>();
        for (int i = 0; i < reads.size(); i++) {
            FieldRead read = reads.get(i);
            fields.add(crossCheck(read, sources.get(i), FieldKind.of(read.name()) == FieldKind.NAME ? namesSecond : second));
        }
        return new DocumentResult(type, null, imageTraits, fields, page.text(), decoded.scale(), page.quarterTurns(),
                millisSince(start));
    }

    /** The letters signed under the company's seal. */
    private static final java.util.Set<DocumentType> SIGNED_UNDER_SEAL = java.util.EnumSet.of(
            DocumentType.COMMITMENT_LETTER, DocumentType.NUMBER_APPLICATION_LETTER);

    /** A letter's fields at its signature, where the company's seal is stamped. */
    private static final java.util.Set<String> UNDER_SEAL = java.util.Set.of(Fields.SIGNATORY_COMPANY,
            Fields.LETTER_DATE, Fields.ADMIN_NAME_AT_SIGNATURE, Fields.CREDIT_CODE);

    /**
     * The number-application letter's name at the signature is sure only where the blank in its body holds the
     * same (NumberApplicationLetterExtractor): with the two taken from two reads of the page, that is checked again.
     */
    private static void sameNameAtBothPlaces(List<FieldRead> reads) {
        int blank = -1;
        int signature = -1;
        for (int i = 0; i < reads.size(); i++) {
            blank = reads.get(i).name().equals(Fields.ADMIN_NAME_IN_BLANK) ? i : blank;
            signature = reads.get(i).name().equals(Fields.ADMIN_NAME_AT_SIGNATURE) ? i : signature;
        }
        if (signature < 0 || !reads.get(signature).isRead()) {
            return;
        }
        if (blank < 0 || !reads.get(blank).isRead()
                || !reads.get(blank).value().equals(reads.get(signature).value())) {
            reads.set(signature, reads.get(signature).capped(Confirmation.GUESS));
            if (blank >= 0 && reads.get(blank).isRead()) {
                reads.set(blank, reads.get(blank).capped(Confirmation.GUESS));
            }
        }
    }

    /**
     * A field a read with the seals' red lifted may mend: unsure, and lying under a seal's lifted region, or where it
     * lies is unknown (unread).
     */
    private static boolean liftable(FieldRead read, ImageTraits traits, BufferedImage image) {
        return unsure(read) && (read.box() == null || traits.seals().stream().anyMatch(seal ->
                SealInk.region(seal.box(), image.getWidth(), image.getHeight()).intersects(read.box())));
    }

    /** Unread (though printed on this kind of document), or read only as a guess. */
    private static boolean unsure(FieldRead read) {
        return read.isRead() ? read.confidence() <= Confirmation.GUESS : !read.notPrinted();
    }

    private FieldResult crossCheck(FieldRead read, BufferedImage image, OcrEngine second) {
        if (!read.isRead()) {
            if (read.isNearMiss() && FieldKind.of(read.name()) == FieldKind.CODE) {
                // the lead read a code there that failed its check (Q32C read as Q320, a digit lost): a read of the
                // same box that passes it fills the form, never confirmed, the lead's page read beside it. The
                // second engine first, then larger; then the lead itself on the crop alone, which reads the line at
                // another scale (a code under a seal's ink that Tesseract could not read and the page read garbled)
                BufferedImage crop = crop(image, read.box());
                List<Map.Entry<OcrEngine, Supplier<BufferedImage>>> attempts = List.of(Map.entry(second, () -> crop),
                        Map.entry(second, () -> FieldCrop.enlarged(crop)), Map.entry(lead, () -> crop));
                for (Map.Entry<OcrEngine, Supplier<BufferedImage>> attempt : attempts) {
                    Optional<FieldRead> rescued = SecondReading.rescued(read,
                            attempt.getKey().readLine(attempt.getValue().get()));
                    if (rescued.isPresent()) {
                        return new FieldResult(rescued.get(),
                                read.evidence() == null ? Agreement.ONE_ENGINE : Agreement.DISAGREE,
                                List.of(attempt.getKey().name()), read.evidence(), false);
                    }
                }
            }
            return new FieldResult(read.withoutNearMiss(), Agreement.UNREAD, List.of(), null, false);
        }
        FieldKind kind = FieldKind.of(read.name());
        Agreement agreement = Agreement.ONE_ENGINE;
        String other = null;
        boolean filledBySecond = false;
        if (kind != FieldKind.TEXT && read.box() != null) {
            Optional<String> value = SecondReading.valueIn(kind, read.value(), secondText(second, image, read, false));
            if (SecondReading.incomplete(kind, read.value(), value)) {
                // Tesseract loses a whole line, or its first character, over a detail of small print (曾新琪 read
                // as 新琪): read once more, larger. Only a read that found nothing or less than the lead is read
                // again, never one that disagrees, so a second chance never picks the agreeing one of two reads
                Optional<String> again = SecondReading.valueIn(kind, read.value(), secondText(second, image, read, true));
                if (again.isPresent() && !SecondReading.incomplete(kind, read.value(), again)) {
                    value = again;
                }
            }
            if (kind == FieldKind.NAME && read.lines().isEmpty() && SecondReading.incomplete(kind, read.value(), value)) {
                // the box of a value that shares its line with the label is estimated from the lead's characters:
                // where the lead lost one, the estimate shifts and the crop cuts a character off. A crop one
                // character wider on each side holds it, and a piece of the label, which the name's reading drops
                Box box = read.box();
                FieldRead wider = FieldRead.read(read.name(), read.value(), read.confidence(),
                        new Box(Math.max(0, box.x() - box.height()), box.y(), box.width() + 2 * box.height(), box.height()),
                        read.evidence());
                Optional<String> widened = SecondReading.valueIn(kind, read.value(), secondText(second, image, wider, false));
                if (widened.isPresent() && !SecondReading.incomplete(kind, read.value(), widened)) {
                    value = widened;
                }
            }
            if (value.isPresent()) {
                boolean same = SecondReading.same(kind, read.value(), value.get());
                agreement = same ? Agreement.BOTH_AGREE : Agreement.DISAGREE;
                other = same ? null : value.get();
                Optional<String> filled = kind == FieldKind.NAME && !same
                        ? filledIn(read, value.get()) : Optional.empty();
                if (filled.isPresent()) {
                    // the form is better filled with the whole name, but only one engine saw those characters:
                    // kept as a guess, the lead's read shown beside it, never confirmed
                    other = read.value();
                    filledBySecond = true;
                    read = new FieldRead(read.name(), filled.get(), Math.min(read.confidence(), Confirmation.GUESS),
                            read.box(), read.evidence(), null, read.lines());
                }
            }
        }
        List<String> engines = agreement == Agreement.BOTH_AGREE ? List.of(lead.name(), second.name())
                : filledBySecond ? List.of(second.name()) : List.of(lead.name());
        return new FieldResult(read, agreement, engines, other, confirmation.confirms(read.name(), agreement, read.confidence()));
    }

    /**
     * The second engine's name where the lead's read lacks characters: a guess cut short that the second read
     * completes, or any read that left out characters its engine cannot write.
     */
    private Optional<String> filledIn(FieldRead read, String secondValue) {
        Optional<String> completed = read.confidence() <= Confirmation.GUESS
                ? SecondReading.completed(read.value(), secondValue) : Optional.empty();
        return completed.isPresent() ? completed : SecondReading.filledIn(read.value(), secondValue, lead::canWrite);
    }

    /**
     * The second engine's text of the field: of its crop, or of each line's crop in turn for a value that wraps
     * (Tesseract reads one line at a time), joined.
     */
    private static String secondText(OcrEngine second, BufferedImage image, FieldRead read, boolean enlarged) {
        List<Box> boxes = read.lines().isEmpty() ? List.of(read.box()) : read.lines();
        StringBuilder text = new StringBuilder();
        for (Box box : boxes) {
            BufferedImage crop = FieldCrop.atReadingSize(crop(image, box), box.height());
            text.append(second.readLine(enlarged ? FieldCrop.enlarged(crop) : crop).text());
        }
        return text.toString();
    }

    /** What the second engine reads of a field: see {@link FieldCrop}. */
    static BufferedImage crop(BufferedImage image, Box box) {
        return FieldCrop.of(image, box);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
