package ru.efs.portfolio.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void aTitleInQuotesAlreadyIsNotQuotedTwice() {
        assertEquals("Проект «Школа наставников» не направлен на устранение этого дефицита.",
                Messages.text(Messages.RUSSIAN, "deficit.projectDoesNotAddress", "«Школа наставников»"));
        assertEquals("Проект «Школа наставников» не направлен на устранение этого дефицита.",
                Messages.text(Messages.RUSSIAN, "deficit.projectDoesNotAddress", "Школа наставников"));
        assertEquals("Проект «Школа «Учитель»» не направлен на устранение этого дефицита.",
                Messages.text(Messages.RUSSIAN, "deficit.projectDoesNotAddress", "Школа «Учитель»"),
                "quotes inside a title are the title's own");
    }

    @Test
    void englishTextsDoNotQuoteAQuotedTitleTwiceEither() {
        assertEquals("The project «Mentors» does not address this deficit.",
                Messages.text(Locale.ENGLISH, "deficit.projectDoesNotAddress", "«Mentors»"));
    }
}
