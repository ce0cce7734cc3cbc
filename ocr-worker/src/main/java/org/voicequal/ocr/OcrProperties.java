package org.voicequal.ocr;

import jakarta.validation.constraints.Max;
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
 * @param natives       BUNDLED: the libtesseract that ships in the Maven jars (the local default needs only a
 *                      JDK); SYSTEM: the machine's own libtesseract (e.g. Debian's tesseract-ocr package).
 * @param tessdata      Tesseract model directory; empty: the bundled {@code chi_sim} and {@code chi_tra} fast models.
 * @param language      Tesseract language; {@code chi_sim} alone, as {@code chi_sim+eng} turns short Chinese
 *                      names into Latin junk.
 * @param traditionalLanguage Tesseract language for the names on a page printed in Traditional script
 *                      ({@code chi_sim} reads 諸, 慶 or 烏 as other characters); empty: {@code language} for every page.
 * @param threads       images read at once per worker instance (each thread holds one Tesseract handle and
 *                      runs PP-OCR's models); up to the cores an instance has.
 * @param engineThreads ONNX Runtime threads inside one PP-OCR inference; 1 scales best when {@code threads}
 *                      already keeps every core busy.
 * @param maxMegapixels images above this many pixels (read from the header, before decoding) are refused as
 *                      unreadable; 100 admits any phone photo.
 * @param workingSide   the longer side images are reduced to before reading: an A4 page at 300 dpi is 3508.
 */
@Validated
@ConfigurationProperties("ocr")
public record OcrProperties(@NotNull @DefaultValue("BUNDLED") Natives natives, Path tessdata,
                            @NotBlank @DefaultValue("chi_sim") String language,
                            @DefaultValue("chi_tra") String traditionalLanguage,
                            @Min(1) @DefaultValue("2") int threads,
                            @Min(1) @Max(64) @DefaultValue("1") int engineThreads,
                            @Min(1) @Max(1000) @DefaultValue("100") int maxMegapixels,
                            @Min(500) @Max(10000) @DefaultValue("3508") int workingSide) {

    public enum Natives { BUNDLED, SYSTEM }
}
