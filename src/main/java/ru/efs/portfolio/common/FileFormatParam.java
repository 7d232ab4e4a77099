package ru.efs.portfolio.common;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code format} of a list that is not paged: its JSON, or its rows as a spreadsheet or CSV file. */
public class FileFormatParam {

    public static final String DESCRIPTION = "Формат ответа: json (по умолчанию), xlsx или csv — все строки файлом; "
            + "то же даёт заголовок Accept / Answer format: json (default), xlsx or csv for all rows as a file; "
            + "an Accept header does the same";

    @QueryParam("format")
    @Parameter(description = DESCRIPTION, example = "xlsx",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "xlsx", "csv"}))
    public String format;
}
