package org.voicequal.ocr.extraction.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.voicequal.ocr.engine.Box;
import org.voicequal.ocr.engine.TextLine;
import org.voicequal.ocr.extraction.layout.Span;

class DatesTest {

    private static Span span(String text) {
        return Span.of(new TextLine(text, new Box(0, 0, 20 * text.length(), 20), 0.99));
    }

    @Test
    void readsEveryPrintedForm() {
        assertThat(Dates.first(span("2018年05月10日")).date()).isEqualTo(LocalDate.of(2018, 5, 10));
        assertThat(Dates.first(span("2018年5月1日")).date()).isEqualTo(LocalDate.of(2018, 5, 1));
        assertThat(Dates.first(span("2018.05.10")).date()).isEqualTo(LocalDate.of(2018, 5, 10));
        assertThat(Dates.first(span("2018年05月10")).date()).isEqualTo(LocalDate.of(2018, 5, 10));
    }

    @Test
    void aRangeIsTwoDates() {
        assertThat(Dates.all(span("2021.08.10-2041.08.10"))).extracting(Dates.Found::date)
                .containsExactly(LocalDate.of(2021, 8, 10), LocalDate.of(2041, 8, 10));
    }

    @Test
    void aDayBrokenByAMarkBeforeItsRiIsNotTakenForItsFirstDigit() {
        // a licence's date of issue under its seal, read 2017年03月2.4日: the day is 24 or garbled, never 2
        assertThat(Dates.first(span("2017年03月2.4日")).valid()).isFalse();
        assertThat(Dates.first(span("2017年03月2·4日")).valid()).isFalse();
    }

    @Test
    void aDateOutsideTheCalendarIsFoundButNotValid() {
        assertThat(Dates.first(span("2019年02月30日")).valid()).isFalse();
    }
}
