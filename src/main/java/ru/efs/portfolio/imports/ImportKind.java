package ru.efs.portfolio.imports;

import java.util.Locale;
import ru.efs.portfolio.common.Problem;

/** What a file imports: the path segment of {@code /api/v1/imports/{kind}} and the name of its export file. */
public enum ImportKind {
    SUBJECTS,
    PEOPLE,
    DEFICITS,
    PRACTICES,
    PROJECTS;

    /** The kinds as the path names them. */
    public static final String PATTERN = "subjects|people|deficits|practices|projects";

    /** The path segment, and the name the list's export gives its file ({@code export.file.<name>}). */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind a path names, or a 404 naming it. */
    public static ImportKind of(String path) {
        if (path != null) {
            for (ImportKind kind : values()) {
                if (kind.path().equals(path.strip().toLowerCase(Locale.ROOT))) {
                    return kind;
                }
            }
        }
        throw Problem.notFound("import.unknownKind", path == null ? "" : path, PATTERN.replace("|", ", "));
    }
}
