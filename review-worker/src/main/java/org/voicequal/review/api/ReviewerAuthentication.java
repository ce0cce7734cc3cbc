package org.voicequal.review.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The reviewer role: every request under {@code /v1/} carries a reviewer's key in {@code X-Api-Key}, or is
 * refused with 401 before any handler runs; handlers then take the {@link Reviewer} as a parameter. Checking
 * in an interceptor rather than in each handler means a new endpoint cannot forget it.
 */
public class ReviewerAuthentication implements HandlerInterceptor, HandlerMethodArgumentResolver {

    public static final String HEADER = "X-Api-Key";
    private static final String ATTRIBUTE = Reviewer.class.getName();
    private static final Logger log = LoggerFactory.getLogger(ReviewerAuthentication.class);

    private final ReviewerKeys keys;

    public ReviewerAuthentication(ReviewerKeys keys) {
        this.keys = keys;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String key = request.getHeader(HEADER);
        Reviewer reviewer = keys.authenticate(key).orElseThrow(() -> {
            // no reviewer to audit: the refusal is logged, without the key
            log.warn("refused {} {}: {}", request.getMethod(), request.getRequestURI(),
                    key == null || key.isBlank() ? "no API key" : "unknown API key");
            return new UnauthenticatedException(key != null && !key.isBlank());
        });
        request.setAttribute(ATTRIBUTE, reviewer);
        return true;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Reviewer.class;
    }

    @Override
    public Reviewer resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        Object reviewer = webRequest.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (reviewer == null) {
            throw new UnauthenticatedException(false); // a handler outside /v1/ asked for a reviewer
        }
        return (Reviewer) reviewer;
    }
}
