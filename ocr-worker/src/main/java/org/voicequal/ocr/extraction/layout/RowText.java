package org.voicequal.ocr.extraction.layout;

import java.util.ArrayList;
import java.util.List;
import org.voicequal.domain.text.ComparableText;
import org.voicequal.ocr.engine.TextLine;

/** A row's characters without whitespace, left to right across its lines, and their folded text. */
final class RowText {

    private final List<CharRef> chars = new ArrayList<>();
    private final String folded;

    RowText(Row row) {
        StringBuilder out = new StringBuilder();
        for (TextLine line : row.lines()) {
            // folding keeps one character for one, so positions in the folded text are positions in the line
            String fold = ComparableText.fold(line.text());
            for (int i = 0; i < fold.length(); i++) {
                char c = fold.charAt(i);
                if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                    chars.add(new CharRef(line, i));
                    out.append(c);
                }
            }
        }
        folded = out.toString();
    }

    List<CharRef> chars() {
        return chars;
    }

    String folded() {
        return folded;
    }

    /** A label starts a line, or follows a space, a separator or a closing bracket in its line. */
    boolean startsLabel(int at) {
        CharRef c = chars.get(at);
        if (c.index() == 0) {
            return true;
        }
        char before = c.line().text().charAt(c.index() - 1);
        return Character.isWhitespace(before) || Character.isSpaceChar(before)
                || Layout.SEPARATORS.indexOf(before) >= 0 || "）)】]".indexOf(before) >= 0;
    }

    @Override
    public String toString() {
        return "RowText[" + chars.size() + " chars]";
    }
}
