package ru.efs.portfolio.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * One headless Chromium for all browser tests: the system's (Debian package chromium) when it is installed,
 * otherwise Playwright's own. In CI a missing system browser fails the run instead of being downloaded or skipped.
 */
final class Chromium {

    private static final List<String> SYSTEM_BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    private static final List<String> FLAGS = List.of(
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run", "--disable-default-apps", "--disable-extensions");

    private static Playwright playwright;
    private static Browser browser;

    private Chromium() {
    }

    static synchronized Browser get() {
        if (browser == null || !browser.isConnected()) {
            Optional<Path> system = SYSTEM_BROWSERS.stream().map(Path::of).filter(Files::isExecutable).findFirst();
            if (system.isEmpty() && "true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("No system Chromium at " + SYSTEM_BROWSERS
                        + ": CI installs the Debian package chromium (.ci/run); browser tests never skip in CI.");
            }
            Playwright.CreateOptions create = new Playwright.CreateOptions();
            if (system.isPresent()) {
                create.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
            }
            playwright = Playwright.create(create);
            BrowserType.LaunchOptions launch = new BrowserType.LaunchOptions().setHeadless(true).setArgs(FLAGS);
            system.ifPresent(launch::setExecutablePath);
            browser = playwright.chromium().launch(launch);
            Runtime.getRuntime().addShutdownHook(new Thread(Chromium::close));
        }
        return browser;
    }

    private static synchronized void close() {
        if (playwright != null) {
            playwright.close();
            playwright = null;
            browser = null;
        }
    }
}
