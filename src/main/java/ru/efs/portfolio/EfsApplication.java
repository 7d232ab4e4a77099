package ru.efs.portfolio;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/** The API as a whole: how callers authenticate. Every operation but sign-in requires one of these. */
@OpenAPIDefinition(
        info = @Info(title = "ЕФС: портфели регионов — API", version = "1.0.0"),
        security = {
            @SecurityRequirement(name = "basicAuth"),
            @SecurityRequirement(name = "bearerAuth"),
            @SecurityRequirement(name = "sessionCookie")
        })
@SecuritySchemes({
    @SecurityScheme(securitySchemeName = "basicAuth", type = SecuritySchemeType.HTTP, scheme = "basic",
            description = "Логин и пароль пользователя (для интеграций) / User login and password (for integrations)"),
    @SecurityScheme(securitySchemeName = "bearerAuth", type = SecuritySchemeType.HTTP, scheme = "bearer",
            bearerFormat = "opaque",
            description = "Токен из POST /api/v1/auth/tokens / Token from POST /api/v1/auth/tokens"),
    @SecurityScheme(securitySchemeName = "sessionCookie", type = SecuritySchemeType.APIKEY,
            in = SecuritySchemeIn.COOKIE, apiKeyName = "EFS_SESSION",
            description = "Cookie сессии браузера из POST /api/v1/auth/login; изменяющие запросы несут X-CSRF-Token / Browser session cookie from POST /api/v1/auth/login; changing requests carry X-CSRF-Token")
})
public class EfsApplication extends Application {
}
