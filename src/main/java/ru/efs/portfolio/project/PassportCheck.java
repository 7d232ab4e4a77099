package ru.efs.portfolio.project;

import java.util.ArrayList;
import java.util.List;
import ru.efs.portfolio.common.Problem.FieldError;

/** What a project's passport must have before pre-defence; each gap is named by its API field. */
public final class PassportCheck {

    private PassportCheck() {
    }

    /** The missing parts of the passport, in the order of the form; empty when it is complete. */
    public static List<FieldError> missing(Project project) {
        List<FieldError> errors = new ArrayList<>();
        if (isBlank(project.goal)) {
            errors.add(new FieldError("goal", "project.passport.goal"));
        }
        if (isBlank(project.description)) {
            errors.add(new FieldError("description", "project.passport.description"));
        }
        if (isBlank(project.expectedResults)) {
            errors.add(new FieldError("expectedResults", "project.passport.expectedResults"));
        }
        if (project.indicators.stream().noneMatch(indicator -> indicator.target() != null)) {
            errors.add(new FieldError("indicators", "project.passport.indicators"));
        }
        if (project.startDate == null) {
            errors.add(new FieldError("startDate", "project.passport.startDate"));
        }
        if (project.endDate == null) {
            errors.add(new FieldError("endDate", "project.passport.endDate"));
        }
        if (project.leadSubject == null) {
            errors.add(new FieldError("leadSubjectId", "project.passport.leadSubjectId"));
        }
        if (project.deficits.isEmpty()) {
            errors.add(new FieldError("deficitIds", "project.passport.deficitIds"));
        }
        return errors;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
