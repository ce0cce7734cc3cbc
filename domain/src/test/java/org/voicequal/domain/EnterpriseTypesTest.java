package org.voicequal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnterpriseTypesTest {

    @Test
    void individualAndSoleProprietorshipsAreRefusedInEitherScript() {
        assertThat(EnterpriseTypes.forbiddenTerm("个体工商户")).isPresent();
        assertThat(EnterpriseTypes.forbiddenTerm("個體戶")).isPresent();
        assertThat(EnterpriseTypes.forbiddenTerm("自然人獨資")).isPresent();
        assertThat(EnterpriseTypes.forbiddenTerm("个人独资 企业")).hasValue("个人独资");
    }

    @Test
    void companiesAreAllowed() {
        assertThat(EnterpriseTypes.forbiddenTerm("有限责任公司(自然人投资或控股)")).isEmpty();
        assertThat(EnterpriseTypes.forbiddenTerm("股份有限公司")).isEmpty();
        assertThat(EnterpriseTypes.forbiddenTerm(null)).isEmpty();
    }
}
