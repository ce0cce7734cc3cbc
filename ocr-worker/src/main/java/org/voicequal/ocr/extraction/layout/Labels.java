package org.voicequal.ocr.extraction.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Finds every label of a document kind on the rows of a page. */
final class Labels {

    private Labels() {
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
                                standalone));
                    }
                }
            }
        }
        found.sort(Comparator.comparingInt(LabelHit::row).thenComparingInt(LabelHit::start));
        return List.copyOf(found);
    }
}
