package ru.efs.portfolio.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(BrowserProfile.class)
class SignInBrowserTest extends BrowserTest {

    @Test
    void aCoordinatorSignsInSeesWhoTheyAreAndSignsOut() {
        page.navigate("/deficits");
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/login\\?redirect=.*deficits"));

        signIn("coordinator27", "Khabarovsk-27!");

        assertThat(page).hasURL(java.util.regex.Pattern.compile("/deficits$"));
        assertThat(page.getByTestId("current-user")).containsText("Региональный координатор");
        assertThat(page.getByTestId("current-user")).containsText("Хабаровский край");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Выйти")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/login"));
        page.navigate("/deficits");
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/login"));
    }

    @Test
    void aWrongPasswordIsSaidPlainly() {
        page.navigate("/login");
        page.getByLabel("Логин").fill("coordinator27");
        page.getByLabel("Пароль").fill("wrong-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Войти")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Неверный логин или пароль.");
    }

    @Test
    void theInterfaceSwitchesToEnglishAndKeepsIt() {
        signIn("viewer", "Viewer-2023!");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch the interface to English")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        page.reload();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
    }
}
