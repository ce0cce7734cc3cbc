package org.voicequal.ingest.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every request under {@code /v1/} carries an API key in {@code X-Api-Key}, or is refused with 401 before any
 * handler runs; handlers take the {@link Caller} as a parameter. An interceptor rather than a check in each
 * handler, so that a new endpoint cannot forget it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccessProperties.class)
public class ApiKeyAuthentication implements WebMvcConfigurer {

    public static final String HEADER = "X-Api-Key";
    private static final String ATTRIBUTE = Caller.class.getName();
    private static final Logger log = LoggerFactory.getLogger(ApiKeyAuthentication.class);

    private final Accounts accounts;

    public ApiKeyAuthentication(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                String key = request.getHeader(HEADER);
                Caller caller = accounts.authenticate(key).orElseThrow(() -> {
                    log.warn("refused {} {}: {}", request.getMethod(), request.getRequestURI(),
                            key == null || key.isBlank() ? "no API key" : "unknown API key"); // never the key
                    return new UnauthenticatedException(key != null && !key.isBlank());
                });
                request.setAttribute(ATTRIBUTE, caller);
                return true;
            }
        }).addPathPatterns("/v1/**");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == Caller.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                    NativeWebRequest request, WebDataBinderFactory binderFactory) {
                Object caller = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
                if (caller == null) {
                    throw new UnauthenticatedException(false); // a handler outside /v1/ asked for a caller
                }
                return caller;
            }
        });
    }
}
