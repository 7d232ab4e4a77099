package ru.efs.portfolio.common;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The codes of the reference data that query parameters name: regions and federal districts, and the regions'
 * names that messages speak of. They come only from the migrations and no operation writes them, so they are read
 * once and kept for the life of the service.
 */
@ApplicationScoped
@Unremovable
@Transactional(Transactional.TxType.SUPPORTS)
public class ReferenceCodes {

    @Inject
    EntityManager em;

    private volatile Set<String> regions;
    private volatile Set<String> districts;
    private volatile Map<String, String> regionNames;

    static boolean regionExists(String code) {
        ReferenceCodes codes = current();
        return codes == null || codes.regions().contains(code);
    }

    static boolean districtExists(String code) {
        ReferenceCodes codes = current();
        return codes == null || codes.districts().contains(code);
    }

    /** The region's name, or null outside a running service or for a code that names no region. */
    static String regionName(String code) {
        ReferenceCodes codes = current();
        return codes == null || code == null ? null : codes.regionNames().get(code.trim());
    }

    /** Outside a running service (a plain unit test) only the syntax is checked. */
    private static ReferenceCodes current() {
        ArcContainer container = Arc.container();
        if (container == null || !container.isRunning()) {
            return null;
        }
        // looked up, not injected: QueryParams is static; @Unremovable keeps the bean
        return container.select(ReferenceCodes.class).get();
    }

    Set<String> regions() {
        Set<String> known = regions;
        if (known == null) {
            known = read("select code from region");
            regions = known;
        }
        return known;
    }

    Set<String> districts() {
        Set<String> known = districts;
        if (known == null) {
            known = read("select code from federal_district");
            districts = known;
        }
        return known;
    }

    Map<String, String> regionNames() {
        Map<String, String> known = regionNames;
        if (known == null) {
            Map<String, String> names = new HashMap<>();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select code, name from region").getResultList();
            for (Object[] row : rows) {
                names.put(((String) row[0]).trim(), (String) row[1]);
            }
            known = Map.copyOf(names);
            regionNames = known;
        }
        return known;
    }

    private Set<String> read(String sql) {
        Set<String> codes = new HashSet<>();
        for (Object code : em.createNativeQuery(sql).getResultList()) {
            codes.add(((String) code).trim());
        }
        return Set.copyOf(codes);
    }
}
