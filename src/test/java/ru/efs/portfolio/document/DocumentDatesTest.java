package ru.efs.portfolio.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.common.Messages;

class DocumentDatesTest {

    private static final Locale RU = Messages.RUSSIAN;
    private static final Locale EN = Locale.ENGLISH;

    @Test
    void oneDateIsWrittenWithTheMonthInTheGenitiveAndTheYearMark() {
        assertEquals("10 октября 2023 г.", DocumentDates.date(LocalDate.of(2023, 10, 10), RU));
        assertEquals("7 декабря 2023 г.", DocumentDates.date(LocalDate.of(2023, 12, 7), RU));
        assertEquals("1 March 2024", DocumentDates.date(LocalDate.of(2024, 3, 1), EN));
    }

    @Test
    void aRangeNamesTheSharedMonthAndYearOnce() {
        assertEquals("10–11 октября 2023 г.", DocumentDates.range(LocalDate.of(2023, 10, 10),
                LocalDate.of(2023, 10, 11), RU));
        assertEquals("30 сентября – 1 октября 2023 г.", DocumentDates.range(LocalDate.of(2023, 9, 30),
                LocalDate.of(2023, 10, 1), RU));
        assertEquals("30 декабря 2023 г. – 2 января 2024 г.", DocumentDates.range(LocalDate.of(2023, 12, 30),
                LocalDate.of(2024, 1, 2), RU));
        assertEquals("7–8 December 2023", DocumentDates.range(LocalDate.of(2023, 12, 7),
                LocalDate.of(2023, 12, 8), EN));
        assertEquals("10 октября 2023 г.", DocumentDates.range(LocalDate.of(2023, 10, 10),
                LocalDate.of(2023, 10, 10), RU));
    }

    @Test
    void aRangeWithOneEndSaysWhichEndItIs() {
        assertEquals("с 15 января 2024 г.", DocumentDates.range(LocalDate.of(2024, 1, 15), null, RU));
        assertEquals("по 31 декабря 2025 г.", DocumentDates.range(null, LocalDate.of(2025, 12, 31), RU));
        assertEquals("until 31 December 2025", DocumentDates.range(null, LocalDate.of(2025, 12, 31), EN));
        assertNull(DocumentDates.range(null, null, RU));
    }

    @Test
    void aMomentIsDatedInMoscow() {
        OffsetDateTime lateEveningUtc = OffsetDateTime.of(2023, 10, 10, 22, 30, 0, 0, ZoneOffset.UTC);
        assertEquals("11 октября 2023 г.", DocumentDates.date(lateEveningUtc, RU));
    }
}
