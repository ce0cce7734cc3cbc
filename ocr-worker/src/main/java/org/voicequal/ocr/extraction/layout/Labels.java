package org.voicequal.ocr.extraction.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Finds every label of a document kind on the rows of a page. */
final class Labels {

    /** A label this long is still unmistakable at the head of a line without its last character. */
    private static final int LONG = 6;

    private Labels() {
    }

    /**
     * Labels the engine read with one character lost (PP-OCR drops 稱 and 範 in several fonts: 機構名, 經營圍,
     * 册資本) or, four characters and longer, one misread (纳税人名种): a whole line, alone where a label
     * stands, with its value beside it on the row. The topmost such line per label — even when the label stands
     * whole elsewhere, as 代码 does in a seal's 代码管理专用章 ({@link Layout#find} prefers whole labels).
     */
    private static List<LabelHit> partial(List<RowText> texts, List<String> ordered, List<LabelHit> exact) {
        Set<String> missing = new java.util.LinkedHashSet<>(ordered);
        List<LabelHit> found = new ArrayList<>();
        for (int r = 0; r < texts.size(); r++) {
            RowText text = texts.get(r);
            List<CharRef> chars = text.chars();
            int from = 0;
            while (from < chars.size()) {
                int to = from;
                while (to < chars.size() && chars.get(to).line() == chars.get(from).line()) {
                    to++;
                }
                int end = to;
                while (end > from && Layout.SEPARATORS.indexOf(text.folded().charAt(end - 1)) >= 0) {
                    end--;
                }
                boolean valueBeside = to < chars.size();
                boolean lineStart = chars.get(from).index() == 0;
                String line = text.folded().substring(from, end);
                String matched = null;
                int labelEnd = end;
                if (valueBeside && end > from && free(exact, r, from, to) && lineStart) {
                    for (String label : missing) {
                        if (oneLost(label, line) && !headOfAnother(label, line, ordered)
                                || label.length() >= 4 && oneMisread(label, line)) {
                            matched = label;
                            break;
                        }
                    }
                }
                if (matched == null && lineStart && free(exact, r, from, to)) {
                    // a long label merged with its value, its last character lost: 統一社會信用代91610113…
                    for (String label : missing) {
                        String head = label.substring(0, label.length() - 1);
                        if (label.length() >= LONG && line.length() > head.length() && line.startsWith(head)) {
                            matched = label;
                            labelEnd = from + head.length();
                            break;
                        }
                    }
                }
                if (matched != null) {
                    found.add(new LabelHit(matched, r, from, labelEnd, new Span(chars.subList(from, labelEnd)),
                            true, true));
                    missing.remove(matched);
                }
                from = to;
            }
        }
        return found;
    }

    /**
     * {@code read} also begins another of the labels, so it may as well be that one cut short: 经营 is 经营者
     * without its last character, but just as much 经营范围 without its last two, and every licence prints the
     * latter (taken for the former, it made a company's licence an individual business's and left its fields unread).
     */
    private static boolean headOfAnother(String label, String read, List<String> labels) {
        return labels.stream().anyMatch(other -> !other.equals(label) && other.length() > read.length()
                && other.startsWith(read));
    }

    private static boolean free(List<LabelHit> hits, int row, int from, int to) {
        return hits.stream().noneMatch(h -> h.row() == row && h.start() < to && from < h.end());
    }

    /** {@code read} is {@code label} with exactly one character read as another. */
    private static boolean oneMisread(String label, String read) {
        if (read.length() != label.length()) {
            return false;
        }
        int differ = 0;
        for (int i = 0; i < label.length(); i++) {
            differ += label.charAt(i) == read.charAt(i) ? 0 : 1;
        }
        return differ == 1;
    }

    /** {@code read} is {@code label} with exactly one character left out. */
    private static boolean oneLost(String label, String read) {
        if (read.length() != label.length() - 1) {
            return false;
        }
        for (int i = 0; i < label.length(); i++) {
            if (read.equals(label.substring(0, i) + label.substring(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Longest labels first, so that 法定代表人姓名 wins over 法定代表人 and 公司类型 over 类型; a character belongs
     * to one label at most. A label inside other text counts only when it is one of {@code inline}.
     */
    static List<LabelHit> locate(List<RowText> texts, Collection<String> labels, Set<String> inline) {
        List<String> ordered = labels.stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        List<LabelHit> found = new ArrayList<>();
        for (int r = 0; r < texts.size(); r++) {
            RowText text = texts.get(r);
            boolean[] taken = new boolean[text.chars().size()];
            for (String label : ordered) {
                for (int at = text.folded().indexOf(label); at >= 0; at = text.folded().indexOf(label, at + 1)) {
                    int end = at + label.length();
                    boolean free = true;
                    for (int i = at; i < end; i++) {
                        free &= !taken[i];
                    }
                    boolean standalone = text.startsLabel(at);
                    if (free && (standalone || inline.contains(label))) {
                        for (int i = at; i < end; i++) {
                            taken[i] = true;
                        }
                        found.add(new LabelHit(label, r, at, end, new Span(text.chars().subList(at, end)),
                                standalone, false));
                    }
                }
            }
        }
        found.addAll(partial(texts, ordered, found));
        found.sort(Comparator.comparingInt(LabelHit::row).thenComparingInt(LabelHit::start));
        return List.copyOf(found);
    }
}
