package org.voicequal.ocr.corpus;

import java.time.LocalDate;

/** Dates as documents print them. */
final class Dates {

    private Dates() {
    }

    /** 2020年06月01日, or 2020年6月1日 when {@code padded} is false. */
    static String chinese(LocalDate d, boolean padded) {
        return padded ? String.format("%d年%02d月%02d日", d.getYear(), d.getMonthValue(), d.getDayOfMonth())
                : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** 2015.03.01, as an ID card's validity prints it. */
    static String dotted(LocalDate d) {
        return String.format("%d.%02d.%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }
}
