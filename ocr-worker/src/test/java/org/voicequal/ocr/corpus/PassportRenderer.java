package org.voicequal.ocr.corpus;

import java.awt.Color;
import java.awt.Font;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.voicequal.events.DocumentType;
import org.voicequal.schemas.Fields;

/**
 * A Chinese passport's data page (125 × 88 mm): bilingual labels, the holder's Chinese and Latin names, and a
 * TD3 machine-readable zone with correct check digits in a monospaced font. Submitted in place of the legal
 * representative's ID card (portrait side) when the representative holds a passport.
 */
final class PassportRenderer {

    private final RandomValues rv;

    PassportRenderer(RandomValues rv) {
        this.rv = rv;
    }

    /** The person's name must be covered by {@link Pinyin} (no minority names). */
    Rendered render(Subjects.Person person, Style s, LocalDate today) {
        Canvas p = new Canvas(1476, 1039, new Color(236, 240, 232), s, rv);
        p.g.setColor(new Color(215, 226, 214));
        for (int i = 0; i < 40; i++) {
            p.g.drawOval(300 + i * 8, 100 + i * 4, 900 - i * 16, 700 - i * 8);
        }
        String surnameHan = person.name().length() >= 3 && List.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫")
                .contains(person.name().substring(0, 2)) ? person.name().substring(0, 2) : person.name().substring(0, 1);
        String givenHan = person.name().substring(surnameHan.length());
        String surname = Pinyin.of(surnameHan);
        String given = Pinyin.of(givenHan);
        String number = "E" + rv.digits(8);
        LocalDate issued = rv.date(today.minusYears(9), today.minusMonths(1));
        LocalDate expiry = issued.plusYears(10).minusDays(1);
        float ls = 22, vs = 32;
        Color label = new Color(60, 60, 90);
        p.centred("中华人民共和国护照  PASSPORT  PEOPLE'S REPUBLIC OF CHINA", 80, 34, true, new Color(120, 30, 40));
        int px = 70, py = 140;
        p.g.setColor(new Color(190, 190, 195));
        p.g.fillRect(px, py, 330, 430);
        p.g.setColor(new Color(120, 120, 130));
        p.g.fillOval(px + 100, py + 60, 130, 170);
        p.g.fillRoundRect(px + 40, py + 260, 250, 200, 80, 80);
        int x = 460, x2 = 1000;
        p.text("类型/Type", x, 150, ls, false, label);
        p.text("P", x, 190, vs, false, Color.BLACK);
        p.text("国家码/Country Code", 700, 150, ls, false, label);
        p.text("CHN", 700, 190, vs, false, Color.BLACK);
        p.text("护照号/Passport No.", x2, 150, ls, false, label);
        p.text(number, x2, 190, vs, true, Color.BLACK);
        p.text("姓名/Name", x, 250, ls, false, label);
        p.text(person.name(), x, 295, vs + 4, false, Color.BLACK);
        p.text(surname + ", " + given, x + 260, 295, vs, false, Color.BLACK);
        p.text("性别/Sex", x, 360, ls, false, label);
        p.text(person.sex() + "/" + (person.male() ? "M" : "F"), x, 400, vs, false, Color.BLACK);
        p.text("国籍/Nationality", 700, 360, ls, false, label);
        p.text("中国/CHINESE", 700, 400, vs, false, Color.BLACK);
        p.text("出生日期/Date of birth", x, 460, ls, false, label);
        p.text(english(person.birth()), x, 500, vs, false, Color.BLACK);
        p.text("出生地点/Place of birth", 860, 460, ls, false, label);
        p.text(person.place().province().replace("省", "").replace("市", "") + "/"
                + "CHINA", 860, 500, vs, false, Color.BLACK);
        p.text("签发日期/Date of issue", x, 560, ls, false, label);
        p.text(english(issued), x, 600, vs, false, Color.BLACK);
        p.text("有效期至/Date of expiry", 860, 560, ls, false, label);
        p.text(english(expiry), 860, 600, vs, false, Color.BLACK);
        p.text("签发机关/Authority", x, 660, ls, false, label);
        p.text("中华人民共和国国家移民管理局", x, 700, vs * 0.9f, false, Color.BLACK);
        p.text("National Immigration Administration, PRC", x, 740, vs * 0.7f, false, Color.BLACK);
        String[] mrz = Mrz.td3(surname, given, number, "CHN", person.birth(), person.male() ? 'M' : 'F', expiry);
        p.g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 40));
        p.g.setColor(Color.BLACK);
        int mrzWidth = p.g.getFontMetrics().stringWidth(mrz[0]);
        int mx = (p.width() - mrzWidth) / 2;
        p.g.drawString(mrz[0], mx, 900);
        p.g.drawString(mrz[1], mx, 970);
        Map<String, String> truth = new LinkedHashMap<>();
        truth.put(Fields.NAME, person.name());
        truth.put(Fields.SEX, person.sex());
        truth.put(Fields.BIRTH_DATE, person.birth().toString());
        truth.put(Fields.PASSPORT_NUMBER, number);
        truth.put(Fields.NATIONALITY, "CHN");
        truth.put(Fields.EXPIRES_ON, expiry.toString());
        truth.put("mrz", mrz[0] + "\n" + mrz[1]);
        return new Rendered(DocumentType.LEGAL_REP_ID_FRONT, "passport", p.finish(), false, truth);
    }

    private static String english(LocalDate d) {
        String[] months = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
        return String.format("%02d %s %d", d.getDayOfMonth(), months[d.getMonthValue() - 1], d.getYear());
    }
}
