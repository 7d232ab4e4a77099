package ru.efs.portfolio.practice;

import java.util.Locale;
import ru.efs.portfolio.common.Messages;
import ru.efs.portfolio.common.Problem.FieldError;
import ru.efs.portfolio.common.RegionName;

/**
 * The one rule for linking a practice to another region's work (a project, an adoption, an influence link, a
 * closed deficit): a region uses its own practices in any status, another region's only once published.
 */
public final class PracticeBorrowing {

    private PracticeBorrowing() {
    }

    /** The mistake of linking {@code practice} from {@code borrowingRegionCode} under {@code field}, or null. */
    public static FieldError refusal(String field, Practice practice, String borrowingRegionCode) {
        if (practice.regionCode().equals(borrowingRegionCode) || practice.status.isPublished()) {
            return null;
        }
        return new FieldError(field, "practice.notPublished", practice.title, new RegionName(practice.regionCode()),
                new StatusLabel(practice.status));
    }

    /** A status in the caller's language, as the practices' own messages name it. */
    private record StatusLabel(PracticeStatus status) implements Messages.Localizable {
        @Override
        public String render(Locale locale) {
            return Messages.text(locale, "practice.status." + status.name());
        }
    }
}
