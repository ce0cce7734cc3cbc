package org.voicequal.ocr.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.voicequal.domain.OrganizationCode;
import org.voicequal.domain.ResidentIdNumber;
import org.voicequal.domain.UnifiedSocialCreditCode;

/**
 * Random but valid field values for synthetic documents, all drawn from one seeded {@link Random} so that a
 * corpus is reproducible: company names built from realistic parts, people's names (two-character surnames
 * and minority names with ·), addresses long enough to wrap, and identifiers with correct check characters
 * (GB 32100 credit codes, GB 11643 ID numbers, GB 11714 organization codes).
 */
final class RandomValues {

    /** A place: province, its prefecture city, a district, and the GB 2260 region code of the district. */
    record Place(String province, String city, String district, String region) {
    }

    static final List<Place> PLACES = List.of(
            new Place("浙江省", "杭州市", "西湖区", "330106"), new Place("浙江省", "宁波市", "鄞州区", "330212"),
            new Place("江苏省", "南京市", "鼓楼区", "320106"), new Place("江苏省", "苏州市", "姑苏区", "320508"),
            new Place("广东省", "广州市", "天河区", "440106"), new Place("广东省", "深圳市", "南山区", "440305"),
            new Place("北京市", "北京市", "朝阳区", "110105"), new Place("上海市", "上海市", "浦东新区", "310115"),
            new Place("四川省", "成都市", "武侯区", "510107"), new Place("湖北省", "武汉市", "洪山区", "420111"),
            new Place("山东省", "济南市", "历下区", "370102"), new Place("福建省", "厦门市", "思明区", "350203"),
            new Place("河南省", "郑州市", "金水区", "410105"), new Place("陕西省", "西安市", "雁塔区", "610113"),
            new Place("新疆维吾尔自治区", "乌鲁木齐市", "天山区", "650102"),
            new Place("天津市", "天津市", "和平区", "120101"), new Place("重庆市", "重庆市", "渝中区", "500103"));

    private static final List<String> BRANDS = List.of("示例", "远航", "恒信", "华瑞", "蓝海", "天成", "鑫源", "博众",
            "云帆", "正泰", "万通", "嘉禾", "星辰", "德润", "金桥", "智联", "盛世", "新锐", "同创", "瑞丰", "鸿图",
            "青禾", "中科", "安达", "汇通", "永兴", "明德", "宏业", "长风", "启明");
    private static final List<String> INDUSTRIES = List.of("科技", "信息技术", "网络科技", "电子商务", "贸易",
            "商贸", "物流", "餐饮管理", "文化传媒", "教育咨询", "建筑工程", "医疗器械", "软件", "通信技术",
            "企业管理咨询", "家政服务", "汽车销售", "食品", "广告", "旅行社");
    private static final List<String> SUFFIXES = List.of("有限公司", "有限公司", "有限公司", "股份有限公司",
            "有限责任公司");
    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
            "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯",
            "邓", "曹", "彭", "曾", "萧", "田", "董", "潘", "袁", "蔡", "蒋", "余", "于", "杜", "叶", "程", "魏", "苏",
            "吕", "丁", "任", "沈", "欧阳", "司马", "上官", "诸葛", "东方", "皇甫");
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建国志红梅晨"
            + "浩宇子涵欣怡思远嘉琪梓轩一诺雨桐俊杰婷雪峰晓东立新海燕文博佳慧";
    private static final List<String> MINORITY_NAMES = List.of("阿卜杜拉·买买提", "古丽娜尔·艾山",
            "热依拉·吐尔逊", "艾力·库尔班", "迪丽娜·阿不都", "扎西·次仁", "巴特尔·那顺");
    private static final List<String> ETHNICITIES = List.of("汉", "汉", "汉", "汉", "汉", "回", "满", "壮", "蒙古",
            "苗", "土家", "彝", "朝鲜");
    private static final List<String> STREETS = List.of("文三路", "解放路", "人民大道", "中山北路", "建设路", "科技园路",
            "江南大道", "长安街", "学院路", "滨江大道", "体育西路", "东风路", "天府大道", "高新四路", "新华街");
    private static final List<String> BUILDINGS = List.of("创新大厦", "国际商务中心", "科技园", "时代广场",
            "金融港", "软件园", "财富中心", "海创园");

    /** Ordinary company types, and the forbidden ones that validation must reject (so they get exercised). */
    static final List<String> COMPANY_TYPES = List.of("有限责任公司", "有限责任公司(自然人投资或控股)",
            "其他有限责任公司", "股份有限公司(非上市)", "有限责任公司(法人独资)", "有限责任公司(港澳台法人独资)");
    static final List<String> FORBIDDEN_TYPES = List.of("有限责任公司(自然人独资)", "个人独资企业");

    private final Random random;
    private boolean alwaysSeal;

    RandomValues(Random random) {
        this.random = random;
    }

    /** From now on every document that can carry a seal carries one (for the complete application sets). */
    void alwaysSeal(boolean always) {
        this.alwaysSeal = always;
    }

    /** Whether a document is stamped: with probability {@code p}, or always after {@link #alwaysSeal}. */
    boolean stamped(double p) {
        boolean drawn = chance(p);
        return alwaysSeal || drawn;
    }

    Random random() {
        return random;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    Place place() {
        return pick(PLACES);
    }

    /** e.g. 杭州远航网络科技有限公司, sometimes 远航（杭州）网络科技有限公司 with the city in brackets. */
    String companyName(Place place) {
        String city = place.city().replace("市", "");
        String brand = pick(BRANDS) + (chance(0.3) ? pick(BRANDS) : "");
        String industry = pick(INDUSTRIES);
        String suffix = pick(SUFFIXES);
        return chance(0.2) ? brand + "（" + city + "）" + industry + suffix : city + brand + industry + suffix;
    }

    String individualBusinessName(Place place) {
        return place.district() + pick(List.of("", "老", "小")) + pick(BRANDS)
                + pick(List.of("便利店", "小吃店", "五金店", "理发店", "服装店", "水果店"));
    }

    String institutionName(Place place) {
        return place.city() + place.district() + pick(List.of("第一中学", "疾病预防控制中心", "图书馆",
                "人民医院", "职业技术学校", "档案馆"));
    }

    String personName() {
        if (chance(0.06)) {
            return pick(MINORITY_NAMES);
        }
        String given = String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length())));
        if (chance(0.7)) {
            given += GIVEN.charAt(random.nextInt(GIVEN.length()));
        }
        return pick(SURNAMES) + given;
    }

    String ethnicity(String name) {
        return name.contains("·") ? pick(List.of("维吾尔", "藏", "蒙古", "哈萨克")) : pick(ETHNICITIES);
    }

    /** A street address long enough to wrap on a licence: province, city, district, street, number, building. */
    String address(Place place) {
        StringBuilder a = new StringBuilder();
        a.append(place.province());
        if (!place.province().equals(place.city())) {
            a.append(place.city());
        }
        a.append(place.district()).append(pick(STREETS)).append(between(1, 999)).append("号");
        if (chance(0.7)) {
            a.append(pick(BUILDINGS)).append(between(1, 12)).append("幢").append(between(1, 30))
                    .append(String.format("%02d", between(1, 20))).append("室");
        }
        return a.toString();
    }

    /** A valid credit code: 9 (enterprise) or 12 (public institution) or 92 (individual business) prefixes. */
    String creditCode(String prefix, Place place) {
        String org = organizationCode();
        String first17 = prefix + place.region() + org;
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    /** A valid 9-character organization code (body of digits and letters of the USCC alphabet). */
    String organizationCode() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder body = new StringBuilder();
        if (chance(0.5)) {
            body.append("MA");
        }
        while (body.length() < 8) {
            body.append(chance(0.7) ? (char) ('0' + random.nextInt(10)) : alphabet.charAt(10 + random.nextInt(21)));
        }
        // the check character (0-9 or X) is in the credit-code alphabet too, so the code can sit inside a USCC
        return body + String.valueOf(OrganizationCode.checkCharacter(body.toString()));
    }

    String idNumber(Place place, LocalDate birth, boolean male) {
        int sequence = between(0, 99) * 10 + (male ? 2 * between(0, 4) + 1 : 2 * between(0, 4));
        String first17 = place.region() + birth.toString().replace("-", "") + String.format("%03d", sequence);
        String id = first17 + ResidentIdNumber.checkCharacter(first17);
        return new ResidentIdNumber(id).value();
    }

    LocalDate date(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return from.plusDays((long) (random.nextDouble() * days));
    }

    String mobile() {
        return pick(List.of("138", "139", "137", "150", "151", "186", "188", "135", "177", "199"))
                + String.format("%08d", random.nextInt(100_000_000));
    }

    /** A long digit string such as a licence's 证照编号: the distractor next to the credit code. */
    String digits(int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }

    String capital() {
        int amount = pick(List.of(10, 50, 100, 200, 300, 500, 1000, 2000, 5000));
        return pick(List.of("人民币" + amount + "万元", amount + "万元整", amount + "万人民币"));
    }

    String businessScope() {
        List<String> parts = List.of("技术开发、技术服务、技术咨询、成果转让", "计算机软硬件及辅助设备的销售",
                "网络技术的研究与开发", "日用百货、五金交电的批发与零售", "企业管理咨询；会议及展览服务",
                "货物进出口、技术进出口", "广告设计、制作、代理、发布", "第二类增值电信业务",
                "（依法须经批准的项目，经相关部门批准后方可开展经营活动）");
        StringBuilder scope = new StringBuilder();
        int n = between(3, 6);
        for (int i = 0; i < n; i++) {
            scope.append(pick(parts)).append(i == n - 1 ? "。" : "；");
        }
        return scope.toString();
    }

    String authority(Place place) {
        return pick(List.of(place.city() + "市场监督管理局", place.city() + place.district() + "市场监督管理局",
                place.city() + "行政审批局"));
    }

    String policeOffice(Place place) {
        return place.city().replace("市", "") + "市公安局" + place.district().replace("区", "") + "分局";
    }
}
