package ru.efs.portfolio.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The import wizard in the real browser: a coordinator of Хабаровский край checks a CSV of deficits, reads the
 * report that names the row of another region and its column, checks the corrected file, loads it, and finds the
 * new deficit in the list.
 */
@QuarkusTest
@TestProfile(BrowserProfile.class)
class ImportBrowserTest extends BrowserTest {

    private static final String HEADER = "Название;Код региона;Коды категорий;Острота\n";
    private static final String OURS = "Педагоги сельских школ Приамурья без методиста";
    private static final String THEIRS = "Дефицит, записанный не в тот регион";

    @Test
    void aCoordinatorChecksAFileReadsTheReportAndLoadsTheCorrectedFile() {
        signIn("coordinator27", "Khabarovsk-27!");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Загрузка данных").setExact(true))
                .first().click();
        assertThat(page.locator("main h1")).hasText("Загрузка данных");
        page.getByLabel("Дефициты", new Page.GetByLabelOptions().setExact(true)).check();

        Locator file = page.getByTestId("import-file");
        file.setInputFiles(csv("deficits.csv", OURS + ";27;mentoring;Высокая\n" + THEIRS + ";22;mentoring;Средняя\n"));
        page.getByTestId("import-check").click();
        Locator report = page.getByTestId("import-report");
        assertThat(report.locator("h2")).hasText("Итог проверки");
        assertThat(report).containsText("В файле 2 строки.");
        assertThat(report).containsText("Найдена 1 ошибка");
        Locator error = page.getByTestId("import-errors").locator("tbody tr");
        assertThat(error).hasCount(1);
        assertThat(error.locator("td").nth(0)).hasText("3");
        assertThat(error.locator("td").nth(1)).hasText("Код региона");
        assertThat(page.getByTestId("import-load")).isDisabled();

        file.setInputFiles(csv("deficits-fixed.csv", OURS + ";27;mentoring;Высокая\n"));
        page.getByTestId("import-check").click();
        assertThat(report).containsText("Ошибок нет — можно загружать.");
        assertThat(report.locator("[data-count=toCreate] dd")).hasText("1");
        page.getByTestId("import-load").click();
        assertThat(report.locator("h2")).hasText("Итог загрузки");
        assertThat(report).containsText("Записана 1 запись.");

        page.navigate("/deficits?q=" + URLEncoder.encode("Приамурья без методиста", StandardCharsets.UTF_8));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(OURS))).hasCount(1);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(THEIRS))).hasCount(0);
    }

    private static FilePayload csv(String name, String rows) {
        return new FilePayload(name, "text/csv", (HEADER + rows).getBytes(StandardCharsets.UTF_8));
    }
}
