package ru.efs.portfolio.region;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API shapes of federal districts and regions. */
public final class RegionDtos {

    private RegionDtos() {
    }

    @Schema(name = "FederalDistrict", description = "Федеральный округ / Federal district")
    public record FederalDistrictDto(
            @Schema(description = "Код округа / District code", example = "FEFD", maxLength = 8) String code,
            @Schema(description = "Название / Name", example = "Дальневосточный федеральный округ", maxLength = 100) String name,
            @Schema(description = "Сокращение / Abbreviation", example = "ДФО", maxLength = 10) String shortName,
            @Schema(description = "Административный центр / Administrative centre", example = "Владивосток", maxLength = 100) String center,
            @Schema(description = "Число регионов / Number of regions", example = "11", minimum = "0", maximum = "89", format = "int32") int regionCount) {

        static FederalDistrictDto from(FederalDistrict district, int regionCount) {
            return new FederalDistrictDto(district.code, district.name, district.shortName, district.center, regionCount);
        }
    }

    @Schema(name = "Region", description = "Субъект Российской Федерации / Region of the Russian Federation")
    public record RegionDto(
            @Schema(description = "Двузначный код региона / Two-digit region code", example = "27", maxLength = 2, pattern = "^\\d{2}$") String code,
            @Schema(description = "Название / Name", example = "Хабаровский край", maxLength = 100) String name,
            @Schema(description = "Код федерального округа (у четырёх регионов нет) / Federal district code (absent for four regions)", example = "FEFD", maxLength = 8, nullable = true) String federalDistrictCode,
            @Schema(description = "Название федерального округа / Federal district name", example = "Дальневосточный федеральный округ", maxLength = 100, nullable = true) String federalDistrictName,
            @Schema(description = "Часовой пояс / Time zone", example = "UTC+10", maxLength = 10) String timezone) {

        public static RegionDto from(Region region) {
            FederalDistrict district = region.federalDistrict;
            return new RegionDto(region.code, region.name, district == null ? null : district.code,
                    district == null ? null : district.name, region.timezone);
        }
    }
}
