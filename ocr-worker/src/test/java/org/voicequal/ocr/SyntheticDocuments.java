package org.voicequal.ocr;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Renders labelled synthetic documents (licence, ID card sides, letters) with known field values, for the
 * engine tests. Needs a CJK font (Debian: fonts-noto-cjk). {@link #main} writes the sample
 * set committed as {@code src/test/resources/synthetic-sample}, so that the engine tests need no font at all.
 */
public final class SyntheticDocuments {

    public static final String ENTERPRISE = "杭州示例科技有限公司";
    public static final String CREDIT_CODE = "91330106MA27U4KB9J";
    public static final String LEGAL_REP = "张伟";
    public static final String LEGAL_REP_ID = "330106198503150016";
    public static final String ADMIN = "李娜";
    public static final String ADMIN_ID = "330102199208080026";

    private static final String FONT = "Noto Sans CJK SC";

    private SyntheticDocuments() {
    }

    public static byte[] businessLicence(String name, String creditCode, String type, String legalRep) {
        return render(1200, 800, true, List.of(
                "营业执照",
                "统一社会信用代码 " + creditCode,
                "名称 " + name,
                "类型 " + type,
                "法定代表人 " + legalRep,
                "成立日期 2018年05月10日",
                "营业期限 2018年05月10日至长期",
                "住所 浙江省杭州市西湖区文三路100号"));
    }

    public static byte[] idFront(String name, String idNumber) {
        return render(860, 540, true, List.of("姓名 " + name, "性别 男 民族 汉",
                "住址 浙江省杭州市西湖区", "公民身份号码 " + idNumber));
    }

    public static byte[] idBack(String from, String to) {
        return render(860, 540, true, List.of("中华人民共和国", "居民身份证", "签发机关 杭州市公安局西湖分局",
                "有效期限 " + from + "-" + to));
    }

    public static byte[] letter(String title, List<String> body) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        lines.add(title);
        lines.addAll(body);
        return render(1000, 900, true, lines);
    }

    /** Black text on white, a red seal in the lower right when {@code sealed}; PNG bytes. */
    static byte[] render(int width, int height, boolean sealed, List<String> lines) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(FONT, Font.PLAIN, 34));
        int y = 80;
        for (String line : lines) {
            g.drawString(line, 60, y);
            y += 70;
        }
        if (sealed) {
            g.setColor(new Color(220, 30, 30));
            g.setStroke(new BasicStroke(6));
            g.drawOval(width - 260, height - 260, 200, 200);
        }
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the sample submission's images into {@code args[0]} (default {@code ocr-worker/src/test/resources/synthetic-sample}). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "ocr-worker/src/test/resources/synthetic-sample");
        Files.createDirectories(dir);
        Files.write(dir.resolve("BUSINESS_LICENCE.png"), businessLicence(ENTERPRISE, CREDIT_CODE, "有限责任公司", LEGAL_REP));
        Files.write(dir.resolve("LEGAL_REP_ID_FRONT.png"), idFront(LEGAL_REP, LEGAL_REP_ID));
        Files.write(dir.resolve("LEGAL_REP_ID_BACK.png"), idBack("2015.03.01", "2035.03.01"));
        Files.write(dir.resolve("ADMIN_ID_FRONT.png"), idFront(ADMIN, ADMIN_ID));
        Files.write(dir.resolve("ADMIN_ID_BACK.png"), idBack("2019.06.01", "2039.06.01"));
        Files.write(dir.resolve("ADMIN_ID_IN_HAND.png"), idFront(ADMIN, ADMIN_ID));
        Files.write(dir.resolve("COMMITMENT_LETTER.png"), letter("入网承诺书",
                List.of("本单位承诺依法合规使用语音号码。", "承诺单位 " + ENTERPRISE, "日期 2026年11月20日")));
        Files.write(dir.resolve("NUMBER_APPLICATION_LETTER.png"), letter("号码申请公函",
                List.of("兹委托 " + ADMIN + " 办理语音号码申请。", "管理员 " + ADMIN, "身份证号 " + ADMIN_ID,
                        "日期 2026年11月20日")));
    }
}
