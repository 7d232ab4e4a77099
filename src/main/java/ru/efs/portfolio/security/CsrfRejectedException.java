package ru.efs.portfolio.security;

import io.quarkus.security.AuthenticationFailedException;
import java.util.Map;

/** A cookie-authenticated change that arrived without the session's CSRF token; answered with 403. */
public final class CsrfRejectedException {

    public static final String ATTRIBUTE = "efs.csrf-rejected";

    private CsrfRejectedException() {
    }

    public static AuthenticationFailedException create() {
        return new AuthenticationFailedException("CSRF token missing or wrong", Map.of(ATTRIBUTE, Boolean.TRUE));
    }

    public static boolean is(AuthenticationFailedException exception) {
        return Boolean.TRUE.equals(exception.getAttribute(ATTRIBUTE));
    }
}
