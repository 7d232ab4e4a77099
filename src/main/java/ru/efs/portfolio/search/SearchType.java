package ru.efs.portfolio.search;

/** The kinds of objects the search finds, each with the API path it lives under. */
public enum SearchType {
    SUBJECT("/api/v1/subjects/"),
    PERSON("/api/v1/people/"),
    SESSION("/api/v1/sessions/"),
    DEFICIT("/api/v1/deficits/"),
    PRACTICE("/api/v1/practices/"),
    PROJECT("/api/v1/projects/");

    private final String path;

    SearchType(String path) {
        this.path = path;
    }

    public String url(long id) {
        return path + id;
    }
}
