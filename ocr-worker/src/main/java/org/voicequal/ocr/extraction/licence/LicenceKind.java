package org.voicequal.ocr.extraction.licence;

import java.util.Map;
import org.voicequal.schemas.Fields;

/**
 * The kinds of licence the BUSINESS_LICENCE slot receives, each with the labels its fields carry (Simplified;
 * Traditional is folded before matching). A field without labels is not printed on that kind.
 */
enum LicenceKind {

    /** 营业执照 of a company, one- or two-column. */
    CORPORATE(Map.of(
            Fields.ENTERPRISE_NAME, new String[] {"名称", "企业名称"},
            Fields.ENTERPRISE_TYPE, new String[] {"类型", "公司类型", "企业类型"},
            Fields.LEGAL_REPRESENTATIVE, new String[] {"法定代表人", "法定代表人姓名", "负责人", "执行事务合伙人"},
            Fields.ADDRESS, new String[] {"住所", "营业场所", "主要经营场所", "经营场所"},
            Fields.REGISTERED_CAPITAL, new String[] {"注册资本", "出资额"},
            Fields.ESTABLISHED_ON, new String[] {"成立日期"},
            Fields.TERM_FROM, new String[] {"营业期限", "营业期限自", "经营期限", "合伙期限"})),
    /** 个体工商户 licence: 经营者 instead of a legal representative, no business term. */
    INDIVIDUAL_BUSINESS(Map.of(
            Fields.ENTERPRISE_NAME, new String[] {"名称"},
            Fields.ENTERPRISE_TYPE, new String[] {"类型"},
            Fields.LEGAL_REPRESENTATIVE, new String[] {"经营者"},
            Fields.COMPOSITION_FORM, new String[] {"组成形式"},
            Fields.ADDRESS, new String[] {"经营场所", "住所"},
            Fields.ESTABLISHED_ON, new String[] {"注册日期", "成立日期"})),
    /** 事业单位法人证书: 开办资金 as capital, 有效期 as term. */
    PUBLIC_INSTITUTION(Map.of(
            Fields.ENTERPRISE_NAME, new String[] {"名称"},
            Fields.LEGAL_REPRESENTATIVE, new String[] {"法定代表人"},
            Fields.ADDRESS, new String[] {"住所"},
            Fields.REGISTERED_CAPITAL, new String[] {"开办资金"},
            Fields.TERM_FROM, new String[] {"有效期"})),
    /** 统一社会信用代码证书 (organizations other than companies). */
    USCC_CERTIFICATE(Map.of(
            Fields.ENTERPRISE_NAME, new String[] {"机构名称"},
            Fields.ENTERPRISE_TYPE, new String[] {"机构类型"},
            Fields.LEGAL_REPRESENTATIVE, new String[] {"负责人", "法定代表人"},
            Fields.ADDRESS, new String[] {"机构地址"},
            Fields.TERM_FROM, new String[] {"有效期限", "有效期"}));

    private final Map<String, String[]> labels;

    LicenceKind(Map<String, String[]> labels) {
        this.labels = labels;
    }

    /** The labels of {@code field} on this kind; empty when the kind does not print it. */
    String[] labels(String field) {
        return labels.getOrDefault(field, new String[0]);
    }

    String absent(String field) {
        return switch (this) {
            case INDIVIDUAL_BUSINESS -> Fields.TERM_FROM.equals(field) || Fields.TERM_TO.equals(field)
                    ? "no business term on an individual business licence"
                    : "not printed on an individual business licence";
            case PUBLIC_INSTITUTION -> "not printed on a public-institution certificate";
            case USCC_CERTIFICATE -> "not printed on a unified social credit code certificate";
            case CORPORATE -> "composition form only on an individual business licence";
        };
    }
}
