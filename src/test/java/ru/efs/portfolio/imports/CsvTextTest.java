package ru.efs.portfolio.imports;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.Api;
import ru.efs.portfolio.support.DeficitData;
import ru.efs.portfolio.support.TestData;
import ru.efs.portfolio.support.TestUser;

/** CSV as desktops save it: UTF-8 with or without a byte order mark, or Windows-1251; {@code ;} or {@code ,}. */
@QuarkusTest
class CsvTextTest {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private static void imports(byte[] file, String marker, String description) {
        Files.upload(TestUser.ADMIN, "deficits", file, "deficits.csv", false).then().log().ifValidationFails()
                .statusCode(200).body("toCreate", equalTo(1)).body("errors.size()", equalTo(0));
        Api.as(TestUser.ADMIN).queryParam("q", marker).get(DeficitData.DEFICITS).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].description", equalTo(description))
                .body("items[0].severity", equalTo("HIGH"));
    }

    private static List<List<String>> rows(String marker, String description) {
        return List.of(List.of("Название", "Описание", "Код региона", "Коды категорий", "Острота"),
                List.of(marker, description, "27", "mentoring, young-teachers", "Высокая"));
    }

    @Test
    void windows1251WithSemicolons() {
        String marker = TestData.unique("кодировка");
        String description = "Ёмкие «кавычки»; точка с запятой внутри и буква ё";
        imports(Files.csv(rows(marker, description), WINDOWS_1251, ';', false), marker, description);
    }

    @Test
    void utf8WithoutAByteOrderMarkWithCommas() {
        String marker = TestData.unique("безметки");
        String description = "Запятые, внутри, ячейки";
        imports(Files.csv(rows(marker, description), StandardCharsets.UTF_8, ',', false), marker, description);
    }

    @Test
    void utf8WithAByteOrderMarkWithSemicolons() {
        String marker = TestData.unique("сметкой");
        String description = "Многострочное\nописание";
        imports(Files.csv(rows(marker, description), StandardCharsets.UTF_8, ';', true), marker, description);
    }

    @Test
    void rowsAreNumberedAsASpreadsheetNumbersThem() {
        String marker = TestData.unique("нумерация");
        byte[] file = ("Название;Код региона;Коды категорий;Острота\r\n\r\n" + marker + ";99;mentoring;Высокая\r\n")
                .getBytes(StandardCharsets.UTF_8);
        Files.upload(TestUser.ADMIN, "deficits", file, "d.csv", true).then().statusCode(200)
                .body("rowsRead", equalTo(1)).body("errors[0].row", equalTo(3));
    }
}
