package org.voicequal.review.api;

import java.util.List;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.voicequal.review.ReviewProperties;

/** The reviewer API's authentication, from the configured reviewers and the reviewer keys ingest-service issued. */
@Configuration(proxyBeanMethods = false)
public class ApiConfiguration implements WebMvcConfigurer {

    private final ReviewerAuthentication authentication;

    public ApiConfiguration(ReviewProperties properties, org.jdbi.v3.core.Jdbi jdbi) {
        ReviewerKeys keys = new ReviewerKeys(properties.reviewers(), new IssuedKeys(jdbi)::reviewer);
        if (keys.isEmpty()) {
            LoggerFactory.getLogger(ApiConfiguration.class).info("no reviewers configured (review.reviewers): only "
                    + "reviewer keys issued by ingest-service (access.api-keys.v1) are let in");
        }
        this.authentication = new ReviewerAuthentication(keys);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(authentication).addPathPatterns("/v1/**");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(authentication);
    }
}
