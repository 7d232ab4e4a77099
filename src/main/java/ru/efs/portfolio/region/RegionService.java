package ru.efs.portfolio.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ru.efs.portfolio.common.ListQuery;
import ru.efs.portfolio.common.NameOrder;
import ru.efs.portfolio.common.PageRequest;
import ru.efs.portfolio.common.PageResponse;
import ru.efs.portfolio.common.Problem;
import ru.efs.portfolio.region.RegionDtos.FederalDistrictDto;
import ru.efs.portfolio.region.RegionDtos.RegionDto;

/** Reads the reference data and resolves region codes given by callers. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegionService {

    public static final Map<String, String> SORTABLE = Map.of(
            "code", "r.code",
            "name", NameOrder.sortable("r.name"),
            "federalDistrictCode", "r.federalDistrict.code");

    @Inject
    EntityManager em;

    public List<FederalDistrictDto> districts() {
        Map<String, Long> counts = em.createQuery(
                "select r.federalDistrict.code, count(r) from Region r where r.federalDistrict is not null "
                        + "group by r.federalDistrict.code", Object[].class)
                .getResultStream().collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
        return FederalDistrict.<FederalDistrict>listAll().stream()
                .sorted(java.util.Comparator.comparing(d -> d.code.equals("CFD") ? "" : d.name))
                .map(d -> FederalDistrictDto.from(d, counts.getOrDefault(d.code, 0L).intValue()))
                .toList();
    }

    public FederalDistrictDto district(String code) {
        FederalDistrict district = FederalDistrict.findById(code == null ? "" : code.toUpperCase());
        if (district == null) {
            throw Problem.notFound("federalDistrict.notFound", code);
        }
        long count = Region.count("federalDistrict", district);
        return FederalDistrictDto.from(district, (int) count);
    }

    public PageResponse<RegionDto> list(String federalDistrictCode, String q, PageRequest page) {
        if (federalDistrictCode != null && !federalDistrictCode.isBlank()
                && FederalDistrict.findById(federalDistrictCode.toUpperCase()) == null) {
            throw Problem.invalid("federalDistrictCode", "validation.unknownFederalDistrict", federalDistrictCode);
        }
        return ListQuery.of(Region.class, "r")
                .equal("r.federalDistrict.code", federalDistrictCode == null ? null : federalDistrictCode.toUpperCase())
                .contains(q, "r.name", "r.code")
                .fetch(em, page, SORTABLE, RegionDto::from);
    }

    public RegionDto get(String code) {
        return RegionDto.from(find(code));
    }

    public Region find(String code) {
        Region region = code == null ? null : Region.findById(code);
        if (region == null) {
            throw Problem.notFound("region.notFound", code);
        }
        return region;
    }

    /** The names of the regions with these codes, read in one statement; an unknown code is left out. */
    public Map<String, String> names(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select r.code, r.name from Region r where r.code in :codes", Object[].class)
                .setParameter("codes", codes).getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
    }

    /** A region named in a request body: an unknown code is the caller's mistake in that field (400). */
    public Region resolve(String field, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Region region = Region.findById(code);
        if (region == null) {
            throw Problem.invalid(field, "validation.unknownRegion", code);
        }
        return region;
    }
}
