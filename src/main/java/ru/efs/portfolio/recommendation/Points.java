package ru.efs.portfolio.recommendation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import ru.efs.portfolio.common.Messages;
import ru.efs.portfolio.recommendation.OfferedPractices.Facts;
import ru.efs.portfolio.recommendation.Question.CategoryInfo;
import ru.efs.portfolio.recommendation.RecommendationDtos.PracticeSummary;
import ru.efs.portfolio.recommendation.RecommendationDtos.Reason;
import ru.efs.portfolio.recommendation.RecommendationDtos.ReasonCode;
import ru.efs.portfolio.recommendation.RecommendationDtos.Recommendation;

/**
 * What an offered practice scores for a deficit, part by part, in hundredths of a point (the rules are
 * {@link PracticeRecommendationService}'s): whole numbers, so that a ranking compares and keeps them cheaply, and
 * the reasons of a page are put into words from the same parts.
 */
record Points(Facts practice, List<String> sharedCodes, Set<String> relatedGroups, double closeness, int categories,
        int text, int status, int maturity, int adoptions) {

    static final double STRONG_TEXT = 0.30;

    /** The points of the practice for the question, or {@code null} when it does not qualify. */
    static Points of(Facts facts, Question question) {
        List<String> shared = new ArrayList<>(2);
        Set<String> related = new LinkedHashSet<>(2);
        for (String code : facts.categoryCodes()) {
            CategoryInfo info = question.categories().get(code);
            String parent = info == null ? null : info.parentCode();
            if (question.exact().contains(code)) {
                shared.add(code);
            } else if (parent != null && question.groups().contains(parent)) {
                related.add(parent);
            } else if (question.groups().contains(code)) {
                related.add(code);
            }
        }
        double closeness = RussianTextSimilarity.cosine(question.terms(), question.norm(), facts.terms());
        if (shared.isEmpty() && related.isEmpty() && closeness < STRONG_TEXT) {
            return null;
        }
        int categories = !shared.isEmpty() ? Math.min(3000 + 500 * (shared.size() - 1), 4000)
                : related.isEmpty() ? 0 : 1200;
        int text = Math.round(closeness * 100) > 0 ? (int) Math.round(30 * closeness * 100) : 0;
        int status = switch (facts.status()) {
            case RECOMMENDED -> 1000;
            case VERIFIED -> 600;
            default -> 0;
        };
        int maturity = switch (facts.maturity()) {
            case SUSTAINABLE -> 1000;
            case ESTABLISHED -> 600;
            case EMERGING -> 200;
        };
        int adoptions = Math.min(500 * facts.successfulAdoptions(), 1000);
        return new Points(facts, shared, related, closeness, categories, text, status, maturity, adoptions);
    }

    int total() {
        return categories + text + status + maturity + adoptions;
    }

    /** The recommendation at this rank, its reasons in the caller's language. */
    Recommendation toRecommendation(int rank, Question question, Locale locale) {
        List<Reason> reasons = new ArrayList<>();
        if (!sharedCodes.isEmpty()) {
            reasons.add(reason(ReasonCode.SHARED_CATEGORIES, categories, locale,
                    "recommendation.reason.sharedCategories", names(sharedCodes, question, locale)));
        } else if (!relatedGroups.isEmpty()) {
            reasons.add(reason(ReasonCode.RELATED_CATEGORIES, categories, locale,
                    "recommendation.reason.relatedCategories", names(relatedGroups, question, locale)));
        }
        if (text > 0) {
            reasons.add(reason(ReasonCode.TEXT_SIMILARITY, text, locale, "recommendation.reason.text",
                    Math.round(closeness * 100) / 100.0));
        }
        if (status > 0) {
            reasons.add(reason(ReasonCode.STATUS, status, locale, "recommendation.reason.status." + practice.status()));
        }
        reasons.add(reason(ReasonCode.MATURITY, maturity, locale, "recommendation.reason.maturity",
                Messages.text(locale, "recommendation.maturity." + practice.maturity())));
        int n = practice.successfulAdoptions();
        if (n > 0) {
            boolean one = n % 10 == 1 && n % 100 != 11;
            reasons.add(reason(ReasonCode.SUCCESSFUL_ADOPTIONS, adoptions, locale,
                    one ? "recommendation.reason.adoptions.one" : "recommendation.reason.adoptions.many",
                    String.valueOf(n)));
        }
        PracticeSummary summary = new PracticeSummary(practice.id(), practice.title(), practice.regionCode(),
                practice.regionName(), practice.maturity(), practice.status());
        return new Recommendation(rank, BigDecimal.valueOf(total(), 2), summary, reasons);
    }

    private static Reason reason(ReasonCode code, int hundredths, Locale locale, String key, Object... args) {
        return new Reason(code, Messages.text(locale, key, args), BigDecimal.valueOf(hundredths, 2));
    }

    private static String names(Iterable<String> codes, Question question, Locale locale) {
        List<String> names = new ArrayList<>();
        codes.forEach(code -> names.add(name(question, code, locale)));
        return String.join(", ", names);
    }

    /** A category's name as a reason shows it: in the caller's language, lower-cased unless an abbreviation. */
    private static String name(Question question, String code, Locale locale) {
        CategoryInfo info = question.categories().get(code);
        if (info == null) {
            return code;
        }
        String name = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) && info.nameEn() != null
                ? info.nameEn() : info.name();
        if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && !Character.isUpperCase(name.charAt(1))) {
            return name.substring(0, 1).toLowerCase(locale) + name.substring(1);
        }
        return name;
    }
}
