package org.voicequal.ocr.corpus;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.voicequal.events.DocumentType;
import org.voicequal.schemas.Fields;

/**
 * Second-generation resident ID cards (85.6 × 54 mm, rendered at about 300 dpi): the portrait side (姓名,
 * 性别 民族, 出生, 住址 wrapping over lines, 公民身份号码 and a grey photo), the emblem side (a solid red and
 * gold emblem, 中华人民共和国 / 居民身份证, 签发机关, 有效期限 {@code 2015.03.01-2035.03.01} or {@code -长期}),
 * and the hand-held photo: the portrait side small and tilted inside a larger scene with a hand and a face.
 */
final class IdCardRenderer {

    static final int WIDTH = 1012;
    static final int HEIGHT = 638;

    private final RandomValues rv;

    IdCardRenderer(RandomValues rv) {
        this.rv = rv;
    }

    Rendered front(Subjects.Person person, Style s, DocumentType type) {
        Canvas p = card(s);
        Color label = new Color(30, 90, 160);
        float size = rv.between(30, 34);
        float value = size + 2;
        int x = 70, vx = 190;
        p.text("姓　名", x, 110, size * 0.9f, false, label);
        p.text(person.name(), vx, 110, value + 4, false, Color.BLACK);
        p.text("性　别", x, 185, size * 0.9f, false, label);
        p.text(person.sex(), vx, 185, value, false, Color.BLACK);
        p.text("民　族", 330, 185, size * 0.9f, false, label);
        p.text(person.ethnicity(), 450, 185, value, false, Color.BLACK);
        p.text("出　生", x, 260, size * 0.9f, false, label);
        p.text(person.birth().getYear() + "", vx, 260, value, false, Color.BLACK);
        p.text("年", vx + 90, 260, size * 0.9f, false, label);
        p.text(person.birth().getMonthValue() + "", vx + 150, 260, value, false, Color.BLACK);
        p.text("月", vx + 200, 260, size * 0.9f, false, label);
        p.text(person.birth().getDayOfMonth() + "", vx + 260, 260, value, false, Color.BLACK);
        p.text("日", vx + 310, 260, size * 0.9f, false, label);
        p.text("住　址", x, 335, size * 0.9f, false, label);
        int y = 335;
        for (String line : p.wrap(person.address(), value, 430)) {
            p.text(line, vx, y, value, false, Color.BLACK);
            y += 48;
        }
        p.text("公民身份号码", x, 560, size * 0.9f, false, label);
        p.text(person.idNumber(), 330, 560, value + 4, false, Color.BLACK);
        // the photo: a grey rectangle with a head-and-shoulders silhouette
        int px = 680, py = 90, pw = 260, ph = 330;
        p.g.setColor(new Color(200, 200, 205));
        p.g.fillRect(px, py, pw, ph);
        p.g.setColor(new Color(120, 120, 130));
        p.g.fillOval(px + 75, py + 50, 110, 140);
        p.g.fillRoundRect(px + 30, py + 200, 200, 160, 80, 80);
        Map<String, String> truth = new LinkedHashMap<>();
        truth.put(Fields.NAME, person.name());
        truth.put(Fields.SEX, person.sex());
        truth.put(Fields.ETHNICITY, person.ethnicity());
        truth.put(Fields.BIRTH_DATE, person.birth().toString());
        truth.put(Fields.ADDRESS, person.address());
        truth.put(Fields.ID_NUMBER, person.idNumber());
        return new Rendered(type, "portrait", p.finish(), false, truth);
    }

    Rendered back(Subjects.Person person, Style s, DocumentType type) {
        Canvas p = card(s);
        emblem(p.g, 80, 60, 170);
        p.text("中华人民共和国", 330, 150, rv.between(52, 58), true, Color.BLACK);
        p.text("居民身份证", 330, 270, rv.between(70, 80), true, Color.BLACK);
        float size = rv.between(28, 32);
        Color label = new Color(30, 90, 160);
        p.text("签发机关", 200, 470, size, false, label);
        p.text(person.issuer(), 360, 470, size + 2, false, Color.BLACK);
        p.text("有效期限", 200, 550, size, false, label);
        String to = person.validTo() == null ? "长期" : Dates.dotted(person.validTo());
        p.text(Dates.dotted(person.validFrom()) + "-" + to, 360, 550, size + 2, false, Color.BLACK);
        Map<String, String> truth = new LinkedHashMap<>();
        truth.put(Fields.ISSUER, person.issuer());
        truth.put(Fields.VALID_FROM, person.validFrom().toString());
        truth.put(Fields.VALID_TO, person.validTo() == null ? Fields.LONG_TERM : person.validTo().toString());
        return new Rendered(type, "emblem", p.finish(), false, truth);
    }

    /** The portrait side held in a hand, small and tilted, in a 1600 × 1200 scene. */
    Rendered inHand(Subjects.Person person, Style s) {
        Rendered card = front(person, s, DocumentType.ADMIN_ID_IN_HAND);
        BufferedImage scene = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scene.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        Color wall = rv.pick(List.of(new Color(225, 220, 210), new Color(190, 200, 215), new Color(240, 240, 235),
                new Color(160, 150, 140)));
        g.setPaint(new GradientPaint(0, 0, wall, 1600, 1200, wall.darker()));
        g.fillRect(0, 0, 1600, 1200);
        Color skin = rv.pick(List.of(new Color(236, 196, 160), new Color(222, 178, 140), new Color(198, 150, 112)));
        // the holder: head and shoulders
        g.setColor(new Color(40, 40, 50));
        g.fillRoundRect(250, 820, 1100, 600, 300, 300);
        g.setColor(skin);
        g.fillOval(600, 180, 380, 480);
        g.setColor(new Color(30, 25, 25));
        g.fillArc(590, 150, 400, 300, 0, 180);
        // the card, scaled and tilted, held below the face
        double scale = 0.5 + rv.random().nextDouble() * 0.2;
        double angle = Math.toRadians(rv.random().nextGaussian() * 8);
        int cx = 800 + rv.between(-150, 150), cy = 840 + rv.between(-60, 60);
        AffineTransform saved = g.getTransform();
        g.translate(cx, cy);
        g.rotate(angle);
        g.scale(scale, scale);
        g.drawImage(card.image(), -WIDTH / 2, -HEIGHT / 2, null);
        // fingers over the card's lower corner
        g.setColor(skin);
        g.fillRoundRect(-WIDTH / 2 - 60, HEIGHT / 2 - 120, 140, 240, 60, 60);
        g.fillRoundRect(-WIDTH / 2 - 30, HEIGHT / 2 - 30, 260, 160, 60, 60);
        g.setTransform(saved);
        g.dispose();
        return new Rendered(DocumentType.ADMIN_ID_IN_HAND, "in-hand", scene, false, card.fields());
    }

    /** The card face: rounded corners, a pale security-print gradient, on a light background margin. */
    private Canvas card(Style s) {
        Canvas p = new Canvas(WIDTH, HEIGHT, new Color(245, 245, 245), s, rv);
        p.g.setPaint(new GradientPaint(0, 0, new Color(232, 240, 236), WIDTH, HEIGHT, new Color(222, 232, 242)));
        p.g.fill(new RoundRectangle2D.Double(6, 6, WIDTH - 12, HEIGHT - 12, 40, 40));
        p.g.setColor(new Color(205, 220, 215));
        p.g.setStroke(new BasicStroke(1));
        for (int i = 0; i < 24; i++) {
            int y = 40 + i * 25;
            p.g.drawArc(-200, y - 400, WIDTH + 400, 800, 200, 140);
        }
        return p;
    }

    /** A solid red disc with gold stars and a gold band: the national emblem's stand-in. */
    static void emblem(Graphics2D g, int x, int y, int size) {
        g.setColor(new Color(200, 30, 30));
        g.fillOval(x, y, size, size);
        g.setColor(new Color(230, 180, 40));
        g.setStroke(new BasicStroke(size / 18f));
        g.drawOval(x + size / 12, y + size / 12, size - size / 6, size - size / 6);
        fillStar(g, x + size / 2.0, y + size * 0.38, size * 0.16);
        for (int i = 0; i < 4; i++) {
            double a = Math.toRadians(-150 + i * 40);
            fillStar(g, x + size / 2.0 + Math.cos(a) * size * 0.3, y + size * 0.45 + Math.sin(a) * size * 0.3,
                    size * 0.06);
        }
        g.fillRect(x + size / 4, y + size * 2 / 3, size / 2, size / 10);
    }

    private static void fillStar(Graphics2D g, double cx, double cy, double r) {
        GeneralPath star = new GeneralPath();
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? r : r * 0.4;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            if (i == 0) {
                star.moveTo(cx + radius * Math.cos(a), cy + radius * Math.sin(a));
            } else {
                star.lineTo(cx + radius * Math.cos(a), cy + radius * Math.sin(a));
            }
        }
        star.closePath();
        g.fill(star);
    }
}
