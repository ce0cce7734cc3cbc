package org.voicequal.ocr.extraction.common;

import java.util.List;
import org.voicequal.domain.text.ComparableText;
import org.voicequal.ocr.extraction.layout.Span;

/**
 * Addresses (住所, 住址, 地址) as printed on licences, ID cards and certificates: they begin with the
 * province-level division (省级行政区), or with the city where the province is left out.
 */
public final class Addresses {

    /** The province-level divisions' names without their suffix (省, 市, 自治区, 特别行政区), in Simplified form. */
    private static final List<String> PROVINCES = List.of("北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林",
            "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州",
            "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门");

    private Addresses() {
    }

    /**
     * Without one stray character before the province (上山东省…: PP-OCR reads a speck or a stroke of the label's
     * row as a character). Only one, only where a province's name follows it, and never the 中 of 中国.
     */
    public static Span withoutStrayHead(Span address) {
        String text = ComparableText.fold(address.text());
        if (text.length() < 4 || startsWithProvince(text, 0) || text.startsWith("中国") || !startsWithProvince(text, 1)) {
            return address;
        }
        return address.sub(1, address.length());
    }

    private static boolean startsWithProvince(String text, int from) {
        return PROVINCES.stream().anyMatch(p -> text.startsWith(p, from));
    }
}
