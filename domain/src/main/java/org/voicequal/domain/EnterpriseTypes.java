package org.voicequal.domain;

import java.util.List;
import java.util.Optional;

/**
 * 企業類型 rules: 個體戶 (individual business), 自然人獨資 (sole proprietorship of a natural person) and
 * 個人獨資 (personal sole-proprietorship company) may not register voice numbers. Licences are printed in
 * Simplified Chinese, portals may send Traditional: both spellings are recognised.
 */
public final class EnterpriseTypes {

    private static final List<String> FORBIDDEN = List.of("个体户", "個體戶", "个体工商户", "個體工商戶",
            "自然人独资", "自然人獨資", "个人独资", "個人獨資");

    private EnterpriseTypes() {
    }

    /** The forbidden term that {@code enterpriseType} contains, if any. */
    public static Optional<String> forbiddenTerm(String enterpriseType) {
        if (enterpriseType == null) {
            return Optional.empty();
        }
        String compact = enterpriseType.replaceAll("\\s+", "");
        return FORBIDDEN.stream().filter(compact::contains).findFirst();
    }
}
