package ru.efs.portfolio.influence;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import ru.efs.portfolio.common.QueryParams;

/** The filters every view of the influence map takes: the portfolio year and the kinds of edges. */
public class EdgeFilterParams {

    @QueryParam("year")
    @Parameter(description = "Год портфеля / Portfolio year", example = "2023",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "2000", maximum = "2100"))
    public String year;

    @QueryParam("kinds")
    @Parameter(description = "Виды рёбер через запятую или повтором / Edge kinds, comma-separated or repeated",
            schema = @Schema(type = SchemaType.ARRAY, implementation = EdgeKind.class, maxItems = 10))
    public List<String> kinds;

    public Integer year() {
        return QueryParams.year("year", year);
    }

    /** Kinds given repeated ({@code kinds=A&kinds=B}) or comma-separated ({@code kinds=A,B}); empty is every kind. */
    public Set<EdgeKind> kinds() {
        return QueryParams.enumSet("kinds", kinds, EdgeKind.class, 10);
    }
}
