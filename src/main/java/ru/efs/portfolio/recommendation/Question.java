package ru.efs.portfolio.recommendation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.efs.portfolio.recommendation.OfferedPractices.Facts;

/**
 * A deficit as its ranking sees it: its region, the term vector of its texts (and the vector's norm, computed once
 * for all candidates), its categories, their groups and every category related to them, the longest stems that
 * find text candidates, and the taxonomy the reasons name.
 */
record Question(long deficitId, String regionCode, Map<String, Integer> terms, double norm, Set<String> exact,
        Set<String> groups, Set<String> relatedCodes, List<String> stems, Map<String, CategoryInfo> categories) {

    record CategoryInfo(String parentCode, String name, String nameEn) {
    }

    /** Whether the practice, as it is now, is a candidate: of another region, related by category or title word. */
    boolean matches(Facts facts) {
        if (facts == null || facts.regionCode().equals(regionCode)) {
            return false;
        }
        for (String code : facts.categoryCodes()) {
            if (relatedCodes.contains(code)) {
                return true;
            }
        }
        for (String stem : facts.titleStems()) {
            if (stems.contains(stem)) {
                return true;
            }
        }
        return false;
    }
}
