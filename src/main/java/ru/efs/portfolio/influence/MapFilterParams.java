package ru.efs.portfolio.influence;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import ru.efs.portfolio.common.QueryParams;

/** The filters of the whole map and of its matrix: year and kinds, a federal district and a region in focus. */
public class MapFilterParams extends EdgeFilterParams {

    @QueryParam("federalDistrictCode")
    @Parameter(description = "Код федерального округа / Federal district code", example = "FEFD",
            schema = @Schema(type = SchemaType.STRING, maxLength = 8, pattern = QueryParams.DISTRICT_CODE_PATTERN))
    public String federalDistrictCode;

    @QueryParam("focusRegionCode")
    @Parameter(description = "Регион в фокусе / Region in focus", example = "27",
            schema = @Schema(type = SchemaType.STRING, maxLength = 2, pattern = QueryParams.REGION_CODE_PATTERN))
    public String focusRegionCode;

    /** @param itemsPerEdge how many items each edge carries (the matrix needs none) */
    public InfluenceMapService.Filter toFilter(int itemsPerEdge) {
        return new InfluenceMapService.Filter(year(), QueryParams.districtCode("federalDistrictCode",
                federalDistrictCode), kinds(), QueryParams.regionCode("focusRegionCode", focusRegionCode),
                itemsPerEdge);
    }
}
