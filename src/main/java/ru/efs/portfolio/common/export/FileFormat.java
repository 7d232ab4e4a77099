package ru.efs.portfolio.common.export;

import java.util.Locale;
import ru.efs.portfolio.common.Problem;

/** What a list answers in: its JSON page, or all its rows as a spreadsheet or a CSV file. */
public enum FileFormat {
    JSON("application/json", null),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    CSV("text/csv", "csv");

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV_TYPE = "text/csv";

    private final String mediaType;
    private final String extension;

    FileFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /**
     * The format the caller asked for: {@code ?format=} first (links cannot set headers), then an Accept header that
     * names a file type before JSON; JSON otherwise.
     */
    public static FileFormat choose(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "json" -> JSON;
                case "xlsx" -> XLSX;
                case "csv" -> CSV;
                default -> throw Problem.invalid("format", "validation.exportFormat", "json, xlsx, csv");
            };
        }
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        for (String part : accept.split(",")) {
            String type = part.split(";")[0].strip().toLowerCase(Locale.ROOT);
            if (type.equals(XLSX_TYPE)) {
                return XLSX;
            }
            if (type.equals(CSV_TYPE)) {
                return CSV;
            }
            if (type.equals("application/json") || type.equals("*/*") || type.equals("application/*")) {
                return JSON;
            }
        }
        return JSON;
    }
}
