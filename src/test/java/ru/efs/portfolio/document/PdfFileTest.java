package ru.efs.portfolio.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PdfFileTest {

    @Test
    void theNameIsSentReadableInUtf8AndInAsciiForOldClients() {
        PdfFile file = new PdfFile("Паспорт проекта 17", "project-passport-17", new byte[0]);

        assertEquals("attachment; filename=\"project-passport-17.pdf\"; filename*=UTF-8''"
                + "%D0%9F%D0%B0%D1%81%D0%BF%D0%BE%D1%80%D1%82%20%D0%BF%D1%80%D0%BE%D0%B5%D0%BA%D1%82%D0%B0%2017.pdf",
                file.disposition());
    }

    @Test
    void whatAFileSystemRefusesLeavesTheNameAndTheHeaderStaysInShape() {
        PdfFile file = new PdfFile("Портфель «Кемеровская область / Кузбасс»: 2023?\"", "portfolio-42-2023",
                new byte[0]);

        assertEquals("Портфель «Кемеровская область Кузбасс» 2023", PdfFile.safe(file.name()));
        assertTrue(file.disposition().matches(PdfFile.DISPOSITION_PATTERN), file.disposition());
    }
}
