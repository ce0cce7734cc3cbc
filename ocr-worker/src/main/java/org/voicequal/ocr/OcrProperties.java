package org.voicequal.ocr;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * ocr-worker's settings, under {@code ocr.*}.
 *
 * @param natives  BUNDLED: the libtesseract that ships in the Maven jars (the local default needs only a
 *                 JDK); SYSTEM: the machine's own libtesseract (e.g. Debian's tesseract-ocr package).
 * @param tessdata model directory; empty: the bundled {@code chi_sim} fast model.
 * @param language Tesseract language; {@code chi_sim} alone, as {@code chi_sim+eng} turns short Chinese
 *                 names into Latin junk.
 * @param threads  images recognised at once per worker instance (each thread holds one Tesseract handle).
 */
@Validated
@ConfigurationProperties("ocr")
public record OcrProperties(@NotNull @DefaultValue("BUNDLED") Natives natives, Path tessdata,
                            @NotBlank @DefaultValue("chi_sim") String language,
                            @Min(1) @DefaultValue("2") int threads) {

    public enum Natives { BUNDLED, SYSTEM }
}
