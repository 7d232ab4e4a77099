package ru.efs.portfolio.common;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The region and federal-district filters that lists and figures share; read by {@link QueryParams}. */
public class RegionScopeParams {

    @QueryParam("regionCode")
    @Parameter(description = "Код региона, две цифры / Region code, two digits", example = "27",
            schema = @Schema(type = SchemaType.STRING, maxLength = 2, pattern = QueryParams.REGION_CODE_PATTERN))
    public String regionCode;

    @QueryParam("federalDistrictCode")
    @Parameter(description = "Код федерального округа / Federal district code", example = "FEFD",
            schema = @Schema(type = SchemaType.STRING, maxLength = 8, pattern = QueryParams.DISTRICT_CODE_PATTERN))
    public String federalDistrictCode;

    /** The region's code, or null when not given; malformed or unknown is a 400 naming {@code regionCode}. */
    public String regionCode() {
        return QueryParams.regionCode("regionCode", regionCode);
    }

    /** The district's code upper-cased, or null; malformed or unknown is a 400 naming {@code federalDistrictCode}. */
    public String federalDistrictCode() {
        return QueryParams.districtCode("federalDistrictCode", federalDistrictCode);
    }
}
