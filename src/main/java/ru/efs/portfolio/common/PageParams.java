package ru.efs.portfolio.common;

import jakarta.ws.rs.QueryParam;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging and sorting query parameters every list takes, parsed strictly by {@link PageRequest}, and the
 * {@code format} that turns the list into a file of all its rows ({@code common/export/Exports}).
 */
public class PageParams {

    @QueryParam("page")
    @Parameter(description = "Номер страницы с нуля / Zero-based page number", example = "0",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "21474836"))
    public String page;

    @QueryParam("size")
    @Parameter(description = "Размер страницы, 1–100 / Page size, 1–100", example = "20",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100"))
    public String size;

    @QueryParam("sort")
    @Parameter(description = "Поле и направление: поле,asc|desc / Field and direction: field,asc|desc", example = "name,asc",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 60, pattern = "^[A-Za-z]+(,(asc|desc))?$"))
    public String sort;

    @QueryParam("format")
    @Parameter(description = FileFormatParam.DESCRIPTION, example = "xlsx",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, enumeration = {"json", "xlsx", "csv"}))
    public String format;

    public PageRequest toRequest(Map<String, String> sortable, String defaultSort) {
        return PageRequest.parse(page, size, sort, sortable, defaultSort);
    }
}
