package ru.efs.portfolio.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import ru.efs.portfolio.common.Problem;

class DocumentRequestTest {

    private static DocumentRequest request(String format, String accept) {
        DocumentRequest request = new DocumentRequest();
        request.format = format;
        request.accept = accept;
        return request;
    }

    @Test
    void pdfOnlyWhenItRanksAboveEverythingThatAdmitsJson() {
        assertTrue(request(null, "application/pdf").pdf());
        assertTrue(request(null, "application/pdf, */*;q=0.8").pdf());
        assertTrue(request(null, "*/*, application/pdf").pdf());
        assertFalse(request(null, "application/json, application/pdf").pdf());
        assertFalse(request(null, "application/pdf;q=0.5, application/json").pdf());
        assertFalse(request(null, "*/*").pdf());
        assertFalse(request(null, null).pdf());
        assertFalse(request(null, "application/pdf;q=0, */*").pdf());
    }

    @Test
    void theFormatParameterWinsOverAccept() {
        assertTrue(request("pdf", "application/json").pdf());
        assertTrue(request(" PDF ", null).pdf());
        assertFalse(request("json", "application/pdf").pdf());
        assertTrue(request("", "application/pdf").pdf());
    }

    @Test
    void anotherFormatIsA400NamingIt() {
        Problem problem = assertThrows(Problem.class, () -> request("xlsx", "application/pdf").pdf());
        assertEquals(400, problem.status());
        assertEquals("format", problem.errors().get(0).field());
    }
}
