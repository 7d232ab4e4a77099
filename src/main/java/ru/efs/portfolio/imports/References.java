package ru.efs.portfolio.imports;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.efs.portfolio.common.RegionName;
import ru.efs.portfolio.common.Texts;

/**
 * The objects a file may name, read once per import with one statement per kind of object, so that no row costs
 * a query to find what its cells name: regions by code or name, categories by code or name, subjects, people,
 * sessions, deficits, practices and portfolios by id or by name. What an import creates is added as it goes, so a
 * later row may name an object an earlier row made (a subject's parent organisation).
 */
final class References {

    /** The kinds of objects a cell may name by id or by name. */
    enum Target {
        SUBJECT("select s.id, r.code, s.name, s.shortName from Subject s left join s.region r"),
        PERSON("select p.id, r.code, p.fullName from Person p left join p.subject s left join s.region r"),
        SESSION("select s.id, r.code, s.title from StrategicSession s left join s.hostRegion r"),
        DEFICIT("select d.id, d.region.code, d.title from Deficit d"),
        PRACTICE("select p.id, p.region.code, p.title from Practice p"),
        PORTFOLIO("select p.id, r.code, r.name, p.year from Portfolio p join p.region r");

        private final String jpql;

        Target(String jpql) {
            this.jpql = jpql;
        }

        /** The kind a request field names: {@code leadSubjectId} a subject, {@code curatorPersonId} a person. */
        static Target of(String field) {
            String name = field.toLowerCase(Locale.ROOT);
            if (name.contains("subject") || name.equals("parentid")) {
                return SUBJECT;
            }
            if (name.contains("person")) {
                return PERSON;
            }
            for (Target target : values()) {
                if (name.startsWith(target.name().toLowerCase(Locale.ROOT))) {
                    return target;
                }
            }
            throw new IllegalStateException("No kind of object for " + field);
        }

        /** The key of this kind's texts: {@code import.unknown.subject} … */
        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** An object a cell may name: its id, its region and the names it is known by. */
    record Item(long id, String regionCode, String display, List<String> names) {
    }

    /** What a cell named: a value (an id or a code), or what is wrong with it as a message key and arguments. */
    record Found(Object value, String errorKey, Object[] args) {

        static Found of(Object value) {
            return new Found(value, null, null);
        }

        static Found error(String key, Object... args) {
            return new Found(null, key, args);
        }

        boolean ok() {
            return errorKey == null;
        }
    }

    private static final Pattern POSITIVE = Pattern.compile("^\\+?0*([1-9]\\d{0,17})(?:[.,]0+)?$");
    private static final Pattern REGION_CODE = Pattern.compile("^\\d{1,2}$");
    private static final Pattern LEADING_CODE = Pattern.compile("^(\\S+)\\s+[—–-]\\s+.+$");
    private static final Pattern PORTFOLIO_NAME = Pattern.compile("^(.+?)[\\s,;]+(\\d{4})$");

    private final Map<String, String> regionNames = new HashMap<>();
    private final Map<String, String> regionsByName = new HashMap<>();
    private final Map<String, String> categories = new HashMap<>();
    private final Map<String, String> categoryNames = new LinkedHashMap<>();
    private final Map<Target, Map<Long, Item>> byId = new EnumMap<>(Target.class);
    private final Map<Target, Map<String, List<Item>>> byName = new EnumMap<>(Target.class);

    private References() {
    }

    /** Regions and categories, and every object of the given kinds. */
    static References load(EntityManager em, Set<Target> targets) {
        References refs = new References();
        for (Object[] row : em.createQuery("select r.code, r.name from Region r", Object[].class).getResultList()) {
            refs.regionNames.put((String) row[0], (String) row[1]);
            refs.regionsByName.put(Texts.fold((String) row[1]), (String) row[0]);
        }
        for (Object[] row : em.createQuery("select c.code, c.name, c.nameEn from Category c order by c.sortOrder, "
                + "c.code", Object[].class).getResultList()) {
            String code = (String) row[0];
            refs.categories.put(code.toLowerCase(Locale.ROOT), code);
            refs.categoryNames.put(code, (String) row[1]);
            refs.categories.putIfAbsent(Texts.fold((String) row[1]), code);
            if (row[2] != null) {
                refs.categories.putIfAbsent(Texts.fold((String) row[2]), code);
            }
        }
        for (Target target : targets) {
            refs.byId.put(target, new HashMap<>());
            refs.byName.put(target, new HashMap<>());
            for (Object[] row : em.createQuery(target.jpql, Object[].class).getResultList()) {
                refs.add(target, row);
            }
        }
        return refs;
    }

    private void add(Target target, Object[] row) {
        long id = (Long) row[0];
        String region = (String) row[1];
        List<String> names = new ArrayList<>();
        String display;
        if (target == Target.PORTFOLIO) {
            display = row[2] + ", " + row[3];
            names.add(display);
            names.add(region + ", " + row[3]);
        } else {
            for (int i = 2; i < row.length; i++) {
                if (row[i] != null && !((String) row[i]).isBlank()) {
                    names.add((String) row[i]);
                }
            }
            display = names.isEmpty() ? String.valueOf(id) : names.get(names.size() - 1);
        }
        add(target, new Item(id, region, display, names));
    }

    /** An object the import has just created, under its names, for the rows after it. */
    void add(Target target, long id, String regionCode, String... names) {
        if (!byId.containsKey(target)) {
            return;
        }
        Object[] row = new Object[names.length + 2];
        row[0] = id;
        row[1] = regionCode;
        System.arraycopy(names, 0, row, 2, names.length);
        add(target, row);
    }

    private void add(Target target, Item item) {
        byId.get(target).put(item.id(), item);
        for (String name : item.names()) {
            List<Item> same = byName.get(target).computeIfAbsent(Texts.fold(name), key -> new ArrayList<>(1));
            same.removeIf(other -> other.id() == item.id());
            same.add(item);
        }
    }

    /** An object that is no more (its transaction was rolled back). */
    void forget(Target target, long id) {
        Item item = byId.containsKey(target) ? byId.get(target).remove(id) : null;
        if (item != null) {
            for (String name : item.names()) {
                byName.get(target).getOrDefault(Texts.fold(name), new ArrayList<>()).removeIf(i -> i.id() == id);
            }
        }
    }

    Item item(Target target, long id) {
        return byId.get(target).get(id);
    }

    String regionName(String code) {
        return regionNames.get(code);
    }

    /** The region codes with their names, in code order: the template's list. */
    Map<String, String> regions() {
        return new java.util.TreeMap<>(regionNames);
    }

    /** The category codes with their names, in the categories' order. */
    Map<String, String> categories() {
        return categoryNames;
    }

    /** Every object of a kind that was loaded. */
    java.util.Collection<Item> items(Target target) {
        return byId.getOrDefault(target, Map.of()).values();
    }

    /** A region by its code ({@code 27}; {@code 7} is {@code 07}), its name, or both ("27 — Хабаровский край"). */
    Found region(String cell) {
        String text = cell.strip();
        Matcher number = POSITIVE.matcher(text);
        if (REGION_CODE.matcher(text).matches() || (number.matches() && number.group(1).length() <= 2)) {
            String code = String.format("%02d", Integer.parseInt(number.matches() ? number.group(1) : text));
            return regionNames.containsKey(code) ? Found.of(code) : Found.error("validation.unknownRegion", code);
        }
        String byName = regionsByName.get(Texts.fold(text));
        if (byName != null) {
            return Found.of(byName);
        }
        Matcher leading = LEADING_CODE.matcher(text);
        if (leading.matches() && !leading.group(1).equals(text)) {
            Found code = region(leading.group(1));
            if (code.ok()) {
                return code;
            }
        }
        return Found.error("import.unknownRegionName", text);
    }

    /** A category by its code or its name in either language, or both ({@code mentoring — Наставничество}). */
    Found category(String cell) {
        String text = cell.strip();
        String code = categories.get(text.toLowerCase(Locale.ROOT));
        if (code == null) {
            code = categories.get(Texts.fold(text));
        }
        if (code == null) {
            Matcher leading = LEADING_CODE.matcher(text);
            if (leading.matches()) {
                code = categories.get(leading.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return code == null ? Found.error("import.unknownCategory", text) : Found.of(code);
    }

    /**
     * An object by its id or by a name it is known by. Two objects of one name are told apart by {@code region}
     * (the row's own region) when one of them is there; otherwise the cell must give the id.
     */
    Found find(Target target, String cell, String region) {
        String text = cell.strip();
        Matcher number = POSITIVE.matcher(text);
        if (number.matches()) {
            long id = Long.parseLong(number.group(1));
            return byId.get(target).containsKey(id) ? Found.of(id)
                    : Found.error("import.unknown." + target.key() + ".id", String.valueOf(id));
        }
        if (target == Target.PORTFOLIO) {
            return portfolio(text);
        }
        List<Item> named = byName.get(target).getOrDefault(Texts.fold(text), List.of());
        if (named.size() > 1 && region != null) {
            List<Item> here = named.stream().filter(item -> region.equals(item.regionCode())).toList();
            if (!here.isEmpty()) {
                named = here;
            }
        }
        if (named.size() == 1) {
            return Found.of(named.get(0).id());
        }
        if (named.isEmpty()) {
            return Found.error("import.unknown." + target.key() + ".name", text);
        }
        return Found.error("import.ambiguous", text, String.join(", ", named.stream().limit(10)
                .map(item -> String.valueOf(item.id())).toList()));
    }

    /** {@code Хабаровский край, 2023} or {@code 27, 2023}: the region's portfolio of the year. */
    private Found portfolio(String text) {
        Matcher name = PORTFOLIO_NAME.matcher(text);
        if (!name.matches()) {
            return Found.error("import.unknown.portfolio.name", text);
        }
        Found region = region(name.group(1).strip());
        if (!region.ok()) {
            return region;
        }
        return portfolio((String) region.value(), Integer.parseInt(name.group(2)));
    }

    /** The portfolio of a region and a year. */
    Found portfolio(String regionCode, int year) {
        for (Item item : byId.get(Target.PORTFOLIO).values()) {
            if (regionCode.equals(item.regionCode()) && item.names().get(1).equals(regionCode + ", " + year)) {
                return Found.of(item.id());
            }
        }
        return Found.error("import.noPortfolio", new RegionName(regionCode), String.valueOf(year));
    }

    /** Whether the cell is one of the names of the object with this id (a name column beside an id column). */
    boolean names(Target target, long id, String cell) {
        Item item = byId.get(target).get(id);
        if (item == null) {
            return false;
        }
        String wanted = Texts.fold(cell);
        if (item.names().stream().anyMatch(name -> Texts.fold(name).equals(wanted))) {
            return true;
        }
        Found found = find(target, cell, item.regionCode());
        return found.ok() && Long.valueOf(id).equals(found.value());
    }
}
