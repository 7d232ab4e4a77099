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
 * The index page itself is never cached without a check, so a new release reaches the browser at once.
 */
@ApplicationScoped
public class AppRoutes {

    private static final Pattern FILE = Pattern.compile(".*/[^/]+\\.[A-Za-z0-9]+$");

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 100).handler(context -> {
            String path = context.normalizedPath();
            HttpMethod method = context.request().method();
            boolean read = method == HttpMethod.GET || method == HttpMethod.HEAD;
            if (read && isAppAddress(path)) {
                context.reroute("/");
                return;
            }
            if (read && (path.equals("/") || path.equals("/index.html"))) {
                // The index page names the current build's files, so it is checked on every visit; those files
                // carry a content hash in their names and stay cacheable.
                context.addHeadersEndHandler(ignored -> context.response().headers().set("Cache-Control", "no-cache"));
            }
            context.next();
        });
    }

    static boolean isAppAddress(String path) {
        return !path.equals("/") && !path.equals("/api") && !path.startsWith("/api/")
                && !path.equals("/q") && !path.startsWith("/q/") && !FILE.matcher(path).matches();
    }
}
