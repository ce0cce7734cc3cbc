package org.voicequal.ingest;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.voicequal.ingest.account.Caller;

/**
 * The API as OpenAPI 3 at {@code /v3/api-docs}, browsable at {@code /swagger-ui.html}; both open without a key,
 * like any published contract. The {@link Caller} comes from {@code X-Api-Key}, not from the request, so it is
 * documented as the security scheme and hidden as a parameter.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class, MultipartHttpServletRequest.class);
    }

    @Bean
    OpenAPI qualificationApi() {
        return new OpenAPI()
                .info(new Info().title("Enterprise-qualification intake (企業資質)").version("v1")
                        .license(new License().name("Apache-2.0"))
                        .description("""
                                Submit qualifications for voice numbers (ordinary and 400-number forms), follow their \
                                status, read their evaluation, reveal (audited), reuse and renew them. Every path \
                                under /v1 takes an API key in X-Api-Key: applicant and auditor keys see their \
                                account only; reviewer and operator keys are the platform's. Errors are RFC 9457 \
                                problem details with field-level reasons in English and Chinese."""))
                .components(new Components().addSecuritySchemes("apiKey", new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("X-Api-Key")))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"));
    }
}
