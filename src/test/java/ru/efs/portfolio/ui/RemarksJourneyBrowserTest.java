package ru.efs.portfolio.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Between pre-defence and defence, as the experts and a region work on a project: the expert leaves a remark and sends
 * the project back, the region's coordinator hears of it by the bell, answers, and the expert resolves the remark.
 */
@QuarkusTest
@TestProfile(BrowserProfile.class)
class RemarksJourneyBrowserTest extends BrowserTest {

    /** A demo project of Хабаровский край waiting at pre-defence. */
    static final String PROJECT = "ПРОфРОСТ";
    static final String REMARK = "Укажите исходные значения показателей на 2023 год.";
    static final String ANSWER = "Исходные значения добавлены в паспорт.";

    @Test
    void anExpertsRemarkIsHeardAnsweredAndResolved() {
        signIn("expert", "Expert-2023!");
        openProject();
        Locator remarks = page.getByTestId("remarks");
        remarks.getByLabel("Часть паспорта").selectOption(new SelectOption().setLabel("Показатели"));
        remarks.getByLabel("Текст замечания").fill(REMARK);
        button(remarks, "Добавить замечание").click();
        assertThat(remarks.locator(".remark").filter(new Locator.FilterOptions().setHasText(REMARK)))
                .containsText("Показатели");
        assertThat(remarks.getByTestId("remarks-open-count")).hasText("1 открытое замечание");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("На доработке").setExact(true)).check();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Комментарий к переходу")
                .setExact(true)).fill("Нужны исходные значения показателей.");
        button(page.locator("main"), "Перевести").click();
        assertThat(page.getByText("Проект переведён на этап «На доработке».")).isVisible();
        signOut();

        signIn("coordinator27", "Khabarovsk-27!");
        Locator bell = page.getByTestId("notification-bell");
        assertThat(bell).hasAttribute("aria-label", Pattern.compile("Уведомления: \\d+ непрочитанн"));
        bell.click();
        Locator revision = page.getByTestId("notifications").locator(".notification")
                .filter(new Locator.FilterOptions().setHasText("Проект «" + PROJECT + "» возвращён на доработку"));
        assertThat(revision.first()).containsText("Нужны исходные значения показателей.");
        assertThat(page.getByTestId("notifications").locator(".notification")
                .filter(new Locator.FilterOptions().setHasText("Замечание эксперта к проекту «" + PROJECT + "»"))
                .first()).containsText(REMARK);
        revision.first().getByRole(AriaRole.LINK).click();
        assertThat(page.locator("main h1")).hasText(PROJECT);
        page.getByTestId("stage-history").getByTestId("stage-remarks").last().click();
        assertThat(page).hasURL(Pattern.compile("#remarks$"));
        Locator mine = page.getByTestId("remarks").locator(".remark")
                .filter(new Locator.FilterOptions().setHasText(REMARK));
        mine.getByLabel("Ответ на замечание").fill(ANSWER);
        button(mine, "Ответить").click();
        assertThat(mine).containsText(ANSWER);
        signOut();

        signIn("expert", "Expert-2023!");
        page.getByTestId("notification-bell").click();
        assertThat(page.getByTestId("notifications").locator(".notification")
                .filter(new Locator.FilterOptions().setHasText("Ответ на замечание к проекту «" + PROJECT + "»"))
                .first()).containsText(ANSWER);
        openProject();
        Locator answered = page.getByTestId("remarks").locator(".remark")
                .filter(new Locator.FilterOptions().setHasText(REMARK));
        button(answered, "Снять замечание").click();
        assertThat(answered).hasClass(Pattern.compile("remark--resolved"));
        assertThat(page.getByTestId("remarks").getByTestId("remarks-open-count")).hasText("Открытых замечаний нет");
    }

    private void openProject() {
        page.navigate("/projects?view=table&q=" + PROJECT);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(PROJECT).setExact(true)).first().click();
        assertThat(page.locator("main h1")).hasText(PROJECT);
    }

    private void signOut() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Выйти").setExact(true)).click();
        assertThat(page.getByLabel("Логин")).isVisible();
    }

    private static Locator button(Locator within, String name) {
        return within.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }
}
