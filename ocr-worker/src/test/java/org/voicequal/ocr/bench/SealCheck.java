package org.voicequal.ocr.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.voicequal.ocr.corpus.Label;
import org.voicequal.ocr.corpus.Labels;
import org.voicequal.ocr.image.ImageTraits;
import org.voicequal.ocr.image.ImageTraitsReader;

/**
 * Runs seal detection alone over a labelled corpus and prints each image it gets wrong (a red seal missed, or one
 * found where none is), with what it found: seconds where the full bench takes minutes. From the repository root:
 *
 * <pre>
 * ocr-worker/test-main org.voicequal.ocr.bench.SealCheck target/corpus
 * </pre>
 */
public final class SealCheck {

    private SealCheck() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "target/corpus");
        ImageTraitsReader reader = new ImageTraitsReader();
        int sealed = 0, found = 0, unsealed = 0, falseSeals = 0;
        for (Label label : Labels.read(corpus)) {
            ImageTraits traits = reader.traitsOf(OcrAccuracyBench.image(Files.readAllBytes(corpus.resolve(label.file()))));
            if (label.sealed()) {
                sealed++;
                found += traits.sealed() ? 1 : 0;
            } else {
                unsealed++;
                falseSeals += traits.sealed() ? 1 : 0;
            }
            if (label.sealed() != traits.sealed()) {
                System.out.printf("%s %s (%s, %s): %s%n", label.file(), label.sealed() ? "missed" : "false seal",
                        label.quality(), label.colour() ? "colour" : "grey", traits.seals());
            }
        }
        System.out.printf("seals found on %d/%d sealed images; false seals on %d/%d%n", found, sealed, falseSeals,
                unsealed);
    }
}
