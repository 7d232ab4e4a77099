package ru.efs.portfolio.web;

import java.util.regex.Pattern;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Addresses of the single-page app (/deficits?regionCode=27, /projects/5 …) are the app's, not the API's: they are
 * answered with its index page, so a shared link or a reload opens the same screen. Quinoa's own SPA routing comes
 * after the REST layer, which already answers unknown paths with a 404 problem, so the rerouting happens here,
 * before it. The API (/api), the operations endpoints (/q) and files (a name with an extension) are left alone.
 */
@ApplicationScoped
public class AppRoutes {

    private static final Pattern FILE = Pattern.compile(".*/[^/]+\\.[A-Za-z0-9]+$");

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 100).handler(context -> {
            String path = context.normalizedPath();
            HttpMethod method = context.request().method();
            if ((method == HttpMethod.GET || method == HttpMethod.HEAD) && isAppAddress(path)) {
                context.reroute("/");
            } else {
                context.next();
            }
        });
    }

    static boolean isAppAddress(String path) {
        return !path.equals("/") && !path.equals("/api") && !path.startsWith("/api/")
                && !path.equals("/q") && !path.startsWith("/q/") && !FILE.matcher(path).matches();
    }
}
