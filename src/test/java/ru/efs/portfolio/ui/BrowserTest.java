package ru.efs.portfolio.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;

/** A fresh browser context per test (no cookies carried over), in Russian, on a laptop-sized screen. */
abstract class BrowserTest {

    @TestHTTPResource("/")
    URL base;

    BrowserContext context;
    Page page;
    /** What the browser refused under the app's Content-Security-Policy: a test fails on any. */
    final List<String> policyViolations = new CopyOnWriteArrayList<>();

    @BeforeEach
    void openBrowser() {
        context = Chromium.get().newContext(new Browser.NewContextOptions()
                .setBaseURL(base.toString())
                .setLocale("ru-RU")
                .setViewportSize(1280, 900)
                .setBypassCSP(bypassesContentSecurityPolicy()));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                policyViolations.add(message.text());
            }
        });
    }

    @AfterEach
    void closeBrowser() {
        if (context != null) {
            context.close();
        }
        assertEquals(List.of(), policyViolations);
    }

    /** The app's own policy holds in the browser tests; only a test that injects a tool of its own lifts it. */
    boolean bypassesContentSecurityPolicy() {
        return false;
    }

    /** Signs in through the login form, as a person would (on the login page it is on, keeping where it leads back to). */
    void signIn(String username, String password) {
        if (!page.url().contains("/login")) {
            page.navigate("/login");
        }
        page.getByLabel("Логин").fill(username);
        page.getByLabel("Пароль").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Войти")).click();
        assertThat(page.getByTestId("current-user")).isVisible();
    }
}
