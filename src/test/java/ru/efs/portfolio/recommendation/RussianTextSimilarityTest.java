package ru.efs.portfolio.recommendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RussianTextSimilarityTest {

    @Test
    void russianMorphologyMakesMentoringOfYoungTeachersCloseToAMentorForAYoungTeacher() {
        double closeness = RussianTextSimilarity.similarity("наставничество молодых педагогов",
                "наставник для молодого педагога");
        assertEquals(2.0 / 3.0, closeness, 1e-9, "«молод» and «педагог» are shared, «для» is a stop word");
    }

    @Test
    void unrelatedTextsHaveNoCloseness() {
        assertEquals(0.0, RussianTextSimilarity.similarity("наставничество молодых педагогов",
                "цифровая образовательная среда"));
        assertEquals(0.0, RussianTextSimilarity.similarity(null, "цифровая образовательная среда"));
    }

    @Test
    void theSameTextIsFullyClose() {
        assertEquals(1.0, RussianTextSimilarity.similarity("Школа молодого педагога", "школа молодого педагога"), 1e-9);
    }

    @Test
    void longestStemsComeFirst() {
        var stems = RussianTextSimilarity.longestStems(
                RussianTextSimilarity.termVector("Нет программ этнокультурного краеведения в сельских школах"), 2, 4);
        assertEquals(2, stems.size());
        assertTrue(stems.get(0).startsWith("этнокультурн"), stems.toString());
    }

    @Test
    void aKeptVectorGivesTheSameClosenessAsTheWholeOne() {
        var deficit = RussianTextSimilarity.termVector("Нет наставничества для молодых педагогов сельских школ");
        var practice = RussianTextSimilarity.termVector("Школа молодого педагога",
                "Наставники сопровождают молодых педагогов сельских школ два года", "Педагог, наставник и школа");
        var kept = RussianTextSimilarity.Kept.of(practice, stem -> stem);
        double whole = RussianTextSimilarity.cosine(deficit, practice);
        assertTrue(whole > 0.3 && whole < 1, String.valueOf(whole));
        assertEquals(whole, RussianTextSimilarity.cosine(deficit, kept), 1e-12);
        assertEquals(0.0, RussianTextSimilarity.cosine(RussianTextSimilarity.termVector("цифровая среда"), kept));
    }
}
