package ru.efs.portfolio.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URL;

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

    @BeforeEach
    void openBrowser() {
        context = Chromium.get().newContext(new Browser.NewContextOptions()
                .setBaseURL(base.toString())
                .setLocale("ru-RU")
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void closeBrowser() {
        if (context != null) {
            context.close();
        }
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
