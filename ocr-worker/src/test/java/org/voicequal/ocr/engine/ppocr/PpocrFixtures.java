package org.voicequal.ocr.engine.ppocr;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Renders the PP-OCR test fixtures in {@code src/test/resources/ppocr} — closer to real documents than the
 * samples: an A4 licence scan at ~250 dpi with small print, and an ID card photographed slightly tilted on a
 * desk. Run once by hand where CJK fonts are installed (fonts-noto-cjk, fonts-arphic); the tests only read
 * the PNGs. All names and numbers are made up.
 */
public final class PpocrFixtures {

    static final String CREDIT_CODE = "91330106MA27U4KB9J";
    static final String SCOPE_1 = "一般项目：技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；";
    static final String SCOPE_2 = "软件开发；信息系统集成服务；数据处理服务；人工智能应用软件开发；";
    static final String FOOTER = "国家企业信用信息公示系统网址";
    static final String ID_NAME = "王芳";
    static final String ID_NUMBER = "11010519900307123X";
    static final String ID_ADDRESS = "北京市朝阳区建国路88号";

    private PpocrFixtures() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "ocr-worker/src/test/resources/ppocr");
        Files.createDirectories(dir);
        ImageIO.write(licenceA4(), "png", dir.resolve("licence-a4.png").toFile());
        ImageIO.write(idCardPhoto(), "png", dir.resolve("id-front-photo.png").toFile());
    }

    /** 2100 × 2970: A4 at ~254 dpi, body text ~46 px high and the business scope and footer at ~30 px. */
    static BufferedImage licenceA4() {
        int w = 2100, h = 2970;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        g.setColor(new Color(246, 242, 230));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(160, 110, 60));
        g.setStroke(new BasicStroke(14));
        g.drawRect(70, 70, w - 140, h - 140);
        g.setStroke(new BasicStroke(4));
        g.drawRect(100, 100, w - 200, h - 200);
        g.setColor(new Color(30, 30, 30));
        g.setFont(new Font("Noto Serif CJK SC", Font.BOLD, 150));
        centered(g, "营 业 执 照", w, 420);
        g.setFont(new Font("Noto Serif CJK SC", Font.PLAIN, 52));
        centered(g, "（副      本）", w, 540);
        g.setFont(new Font("Noto Sans CJK SC", Font.PLAIN, 40));
        g.drawString("统一社会信用代码", 220, 700);
        g.setFont(new Font("Noto Sans CJK SC", Font.BOLD, 44));
        g.drawString(CREDIT_CODE, 220, 760);
        g.setFont(new Font("Noto Serif CJK SC", Font.PLAIN, 46));
        List<String[]> fields = List.of(
                new String[] {"名        称", "杭州示例科技有限公司"},
                new String[] {"类        型", "有限责任公司（自然人投资或控股）"},
                new String[] {"法定代表人", "张伟"},
                new String[] {"注册资本", "壹仟万元整"},
                new String[] {"成立日期", "2018年05月10日"},
                new String[] {"营业期限", "2018年05月10日至长期"},
                new String[] {"住        所", "浙江省杭州市西湖区文三路100号"});
        int y = 960;
        for (String[] field : fields) {
            g.drawString(field[0], 220, y);
            g.drawString(field[1], 620, y);
            y += 110;
        }
        g.drawString("经营范围", 220, y);
        g.setFont(new Font("Noto Serif CJK SC", Font.PLAIN, 30));
        int scopeY = y;
        for (String line : List.of(SCOPE_1, SCOPE_2, "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）。")) {
            g.drawString(line, 620, scopeY);
            scopeY += 52;
        }
        g.setFont(new Font("Noto Serif CJK SC", Font.PLAIN, 46));
        g.drawString("登记机关", 1300, 2480);
        g.drawString("2023年06月18日", 1300, 2560);
        seal(g, 1560, 2470, 210);
        g.setColor(new Color(60, 60, 60));
        g.setFont(new Font("Noto Sans CJK SC", Font.PLAIN, 28));
        centered(g, FOOTER + "：http://www.gsxt.gov.cn", w, 2760);
        centered(g, "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。", w, 2810);
        g.dispose();
        return image;
    }

    /** An 1000 × 630 ID card front, tilted 3° on a grey desk in a 1280 × 900 photo. */
    static BufferedImage idCardPhoto() {
        int cw = 1000, ch = 630;
        BufferedImage card = new BufferedImage(cw, ch, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(card);
        g.setPaint(new GradientPaint(0, 0, new Color(236, 242, 246), cw, ch, new Color(222, 232, 236)));
        g.fillRect(0, 0, cw, ch);
        g.setColor(new Color(200, 210, 222));
        g.fillRect(690, 110, 250, 310);
        Color label = new Color(60, 110, 160);
        Color value = new Color(20, 20, 20);
        Font labels = new Font("Noto Sans CJK SC", Font.PLAIN, 30);
        Font values = new Font("Noto Serif CJK SC", Font.BOLD, 36);
        row(g, 120, labels, label, "姓  名", values, value, ID_NAME, 60);
        row(g, 200, labels, label, "性  别", values, value, "女", 60);
        g.setColor(label);
        g.setFont(labels);
        g.drawString("民  族", 330, 200);
        g.setColor(value);
        g.setFont(values);
        g.drawString("汉", 450, 200);
        row(g, 280, labels, label, "出  生", values, value, "1990 年 3 月 7 日", 60);
        row(g, 360, labels, label, "住  址", values, value, ID_ADDRESS, 60);
        g.setColor(label);
        g.setFont(labels);
        g.drawString("公民身份号码", 60, 540);
        g.setColor(value);
        g.setFont(new Font("DejaVu Sans Mono", Font.BOLD, 42));
        g.drawString(ID_NUMBER, 300, 542);
        g.dispose();

        int w = 1280, h = 900;
        BufferedImage photo = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D p = graphics(photo);
        p.setPaint(new GradientPaint(0, 0, new Color(120, 118, 112), w, h, new Color(90, 88, 84)));
        p.fillRect(0, 0, w, h);
        AffineTransform at = new AffineTransform();
        at.translate(w / 2.0, h / 2.0);
        at.rotate(Math.toRadians(-3));
        at.translate(-cw / 2.0, -ch / 2.0);
        p.drawImage(card, at, null);
        p.dispose();
        return photo;
    }

    private static void row(Graphics2D g, int y, Font labelFont, Color labelColor, String label, Font valueFont,
            Color valueColor, String value, int x) {
        g.setColor(labelColor);
        g.setFont(labelFont);
        g.drawString(label, x, y);
        g.setColor(valueColor);
        g.setFont(valueFont);
        g.drawString(value, x + 120, y);
    }

    private static void seal(Graphics2D g, int cx, int cy, int r) {
        g.setColor(new Color(215, 40, 40, 200));
        g.setStroke(new BasicStroke(10));
        g.drawOval(cx - r, cy - r, 2 * r, 2 * r);
        g.setFont(new Font("Noto Sans CJK SC", Font.BOLD, 40));
        String text = "杭州市西湖区市场监督管理局";
        double start = Math.toRadians(-160), step = Math.toRadians(140) / (text.length() - 1);
        for (int i = 0; i < text.length(); i++) {
            double angle = start + i * step;
            AffineTransform saved = g.getTransform();
            g.translate(cx + (r - 50) * Math.cos(angle), cy + (r - 50) * Math.sin(angle));
            g.rotate(angle + Math.PI / 2);
            g.drawString(text.substring(i, i + 1), -20, 15);
            g.setTransform(saved);
        }
        g.setFont(new Font("DejaVu Sans", Font.BOLD, 90));
        g.drawString("★", cx - 45, cy + 35);
    }

    private static void centered(Graphics2D g, String text, int width, int y) {
        g.drawString(text, (width - g.getFontMetrics().stringWidth(text)) / 2, y);
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        return g;
    }
}
