package ru.efs.portfolio.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The main journeys in the real browser against the real service, one after another on the same data:
 * a coordinator of Хабаровский край records a deficit, adds a project that borrows a practice of Алтайский край and
 * takes it to pre-defence; an expert assesses it; a viewer is offered no edits; the influence map shows the edge
 * 22 → 27 and lists the new project among the items behind it.
 */
@QuarkusTest
@TestProfile(BrowserProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MainJourneysBrowserTest extends BrowserTest {

    static final String DEFICIT = "Нет наставников для молодых учителей в сёлах Приамурья";
    static final String PROJECT = "Сельское наставничество Приамурья";
    static final String BORROWED = "Университетское наставничество для молодых педагогов";

    @Test
    @Order(1)
    void aCoordinatorRecordsADeficitAddsAProjectBorrowingAnotherRegionsPracticeAndTakesItToPreDefence() {
        signIn("coordinator27", "Khabarovsk-27!");

        link("Дефициты").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Добавить дефицит")).click();
        textbox("Название").fill(DEFICIT);
        textbox("Описание").fill("В сельских школах края некому сопровождать учителей первых лет работы.");
        page.getByLabel("Наставничество", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Острота").selectOption(new SelectOption().setLabel("Высокая"));
        button("Сохранить").click();
        assertThat(page.locator("main h1")).hasText(DEFICIT);
        assertThat(page.locator("main")).containsText("Хабаровский край");

        link("Проекты").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("Новый проект"))).click();
        textbox("Название проекта").fill(PROJECT);
        textbox("Цель").fill("Закрепить молодых учителей сельских школ через наставничество");
        textbox("Описание").fill("Пары «наставник — молодой учитель» в сельских школах по модели АлтГПУ.");
        textbox("Ожидаемые результаты").fill("Каждый молодой учитель сельской школы имеет наставника");
        page.getByLabel("Ведущий субъект ЕФС").selectOption(new SelectOption().setIndex(1));
        page.getByLabel("Дата начала").fill("2024-01-15");
        page.getByLabel("Дата окончания").fill("2025-12-20");
        button("+ Добавить показатель").click();
        textbox("Название показателя").fill("Доля молодых учителей с наставником");
        textbox("Единица измерения").fill("%");
        textbox("Базовое значение").fill("20");
        textbox("Целевое значение").fill("90");

        searchbox("Найти дефицит (любой регион)").fill("сёлах Приамурья");
        button("Добавить «" + DEFICIT + "»").click();
        searchbox("Найти практику (любой регион)").fill("Университетское");
        button("Добавить «" + BORROWED + "»").click();
        assertThat(page.locator("main")).containsText("заимствована");
        button("Создать проект").click();

        assertThat(page.locator("main h1")).hasText(PROJECT);
        moveTo("Доработка после сессии", "Паспорт готов к предзащите");
        moveTo("Предзащита", "Просим назначить предзащиту");
        assertThat(page.locator("main")).containsText("Предзащита");
    }

    @Test
    @Order(2)
    void anExpertAssessesTheProjectFromTheQueue() {
        signIn("expert", "Expert-2023!");
        link("Очередь оценки").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Оценить «" + PROJECT + "»")).click();
        for (String criterion : new String[] {"Соответствие дефицитам", "Реализуемость", "Обеспеченность ресурсами",
                "Измеримость результатов", "Тиражируемость", "Межрегиональный эффект"}) {
            page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(criterion))
                    .getByLabel("4", new Locator.GetByLabelOptions().setExact(true)).check();
        }
        textbox("Комментарий эксперта").fill("Модель проверена в Алтайском крае, показатели измеримы.");
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Рекомендация"))
                .getByLabel("Одобрить").check();
        button("Отправить оценку").click();

        assertThat(page.getByText("Ваша оценка сохранена.")).isVisible();
        assertThat(page.locator("main h1")).hasText(PROJECT);
        assertThat(page.getByTestId("assessment-row")).hasCount(1);
        assertThat(page.getByTestId("assessment-row")).containsText("Одобрить");
    }

    @Test
    @Order(3)
    void aViewerSeesEverythingButIsOfferedNoEdit() {
        signIn("viewer", "Viewer-2023!");
        link("Проекты").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(PROJECT)).first().click();
        assertThat(page.locator("main h1")).hasText(PROJECT);
        assertThat(page.locator("main")).containsText(BORROWED);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Изменить"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Перевести"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Удалить"))).hasCount(0);

        link("Дефициты").click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Добавить дефицит"))).hasCount(0);
    }

    @Test
    @Order(3)
    void aViewerOpeningAnEditAddressReadsWhyThereIsNoForm() {
        signIn("viewer", "Viewer-2023!");
        link("Проекты").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(PROJECT)).first().click();
        assertThat(page.locator("main h1")).hasText(PROJECT);
        page.navigate(page.url() + "/edit");
        assertThat(page.getByTestId("write-refused")).containsText("наблюдатель видит все данные, но не изменяет их");
        assertThat(page.locator("main form")).hasCount(0);
        page.getByTestId("write-refused").getByRole(AriaRole.LINK).click();
        assertThat(page.locator("main h1")).hasText(PROJECT);
    }

    @Test
    @Order(3)
    void aCoordinatorOpeningAnotherRegionsFormReadsWhoseDataItIs() {
        signIn("coordinator27", "Khabarovsk-27!");
        link("Практики").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(BORROWED)).first().click();
        assertThat(page.locator("main h1")).hasText(BORROWED);
        page.navigate(page.url() + "/edit");
        assertThat(page.getByTestId("write-refused")).containsText(
                "Вы координатор региона «Хабаровский край» и изменяете данные только своего региона, "
                        + "а это данные региона «Алтайский край».");
        assertThat(page.locator("main form")).hasCount(0);
    }

    @Test
    @Order(4)
    void theInfluenceMapShowsTheEdgeAndExplainsItWithTheNewProject() {
        signIn("viewer", "Viewer-2023!");
        link("Карта влияния").click();
        page.getByLabel("Регион в фокусе").selectOption(new SelectOption().setLabel("Хабаровский край"));
        assertThat(page).hasURL(Pattern.compile("focusRegionCode=27"));

        page.getByTestId("region-link-22-27").click();
        Locator panel = page.getByTestId("influence-panel");
        assertThat(panel.locator("h2")).hasText("Алтайский край → Хабаровский край");

        page.getByTestId("view-graph").click();
        page.getByTestId("edge-22-27").click();
        assertThat(panel.locator("h2")).hasText("Алтайский край → Хабаровский край");
        assertThat(panel).containsText("Использует практику");
        Locator item = panel.getByTestId("edge-items").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(PROJECT));
        assertThat(item.first()).isVisible();

        item.first().click();
        assertThat(page.locator("main h1")).hasText(PROJECT);
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).first();
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator searchbox(String name) {
        return page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator textbox(String name) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void moveTo(String stage, String comment) {
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(stage).setExact(true)).check();
        textbox("Комментарий к переходу").fill(comment);
        button("Перевести").click();
        assertThat(page.getByText("Проект переведён на этап «" + stage + "».")).isVisible();
    }
}
