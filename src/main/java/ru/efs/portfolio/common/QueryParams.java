package ru.efs.portfolio.common;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one way query and path parameters are read. Absent or blank is "not given" (null or the default); any other
 * value that is not what the parameter takes is a 400 problem naming the parameter, never a 5xx, never ignored.
 * Reference codes (regions, federal districts) in a filter must also exist: a filter naming nothing is a typo.
 * A code in a path names a resource: a malformed one is that resource's 404, like an unknown one.
 */
public final class QueryParams {

    /** The longest free-text value a parameter takes, unless it says otherwise. */
    public static final int TEXT_MAX = 200;
    public static final String REGION_CODE_PATTERN = "^\\d{2}$";
    public static final String DISTRICT_CODE_PATTERN = "^[A-Za-z]{2,8}$";
    public static final String CATEGORY_CODE_PATTERN = "^[a-z0-9-]{2,60}$";
    public static final String MONTH_PATTERN = "^\\d{4}-\\d{2}$";

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,19}");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,10}");
    private static final Pattern REGION_CODE = Pattern.compile("\\d{2}");
    private static final Pattern DISTRICT_CODE = Pattern.compile("[A-Za-z]{2,8}");
    private static final Pattern CATEGORY_CODE = Pattern.compile("[a-z0-9-]{2,60}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private QueryParams() {
    }

    /** Trimmed text of at most {@link #TEXT_MAX} characters without control characters; blank is null. */
    public static String text(String name, String value) {
        return text(name, value, TEXT_MAX);
    }

    public static String text(String name, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isISOControl(c) || Character.isSurrogate(c)) {
                // NUL and friends break databases and logs; a lone surrogate is not text
                throw Problem.invalid(name, "validation.param.control");
            }
        }
        String text = value.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > maxLength) {
            throw Problem.invalid(name, "validation.param.tooLong", maxLength);
        }
        return text;
    }

    /** The free-text search {@code q}. */
    public static String q(String value) {
        return text("q", value);
    }

    /** A positive 64-bit identifier written in ASCII digits; blank is null. */
    public static Long id(String name, String value) {
        String text = text(name, value, 40);
        if (text == null) {
            return null;
        }
        if (DIGITS.matcher(text).matches()) {
            try {
                long id = Long.parseLong(text);
                if (id >= 1) {
                    return id;
                }
            } catch (NumberFormatException e) {
                // beyond the 64-bit range: answered below
            }
        }
        throw Problem.invalid(name, "validation.id");
    }

    /** An identifier that must be given (a path parameter). */
    public static long requiredId(String name, String value) {
        Long id = id(name, value);
        if (id == null) {
            throw Problem.invalid(name, "validation.id");
        }
        return id;
    }

    /** A whole number in {@code min..max}; blank is {@code fallback} (which may be null). */
    public static Integer integer(String name, String value, Integer fallback, int min, int max) {
        String text = text(name, value, 40);
        if (text == null) {
            return fallback;
        }
        if (!INTEGER.matcher(text).matches()) {
            throw Problem.invalid(name, "validation.integer");
        }
        long parsed = Long.parseLong(text);
        if (parsed < min || parsed > max) {
            throw Problem.invalid(name, "validation.range", min, max);
        }
        return (int) parsed;
    }

    /** {@code true} or {@code false}, any case; blank is null; anything else a 400 naming the parameter. */
    public static Boolean bool(String name, String value) {
        String text = text(name, value, 10);
        if (text == null) {
            return null;
        }
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.valueOf(text.toLowerCase());
        }
        throw Problem.invalid(name, "validation.enum", "true, false");
    }

    /** A year the product deals in ({@link Years#MIN}–{@link Years#MAX}); blank is null. */
    public static Integer year(String name, String value) {
        String text = text(name, value, 40);
        if (text == null) {
            return null;
        }
        if (INTEGER.matcher(text).matches()) {
            long year = Long.parseLong(text);
            if (year >= Years.MIN && year <= Years.MAX) {
                return (int) year;
            }
        }
        throw Problem.invalid(name, "validation.year", String.valueOf(Years.MIN), String.valueOf(Years.MAX));
    }

    /** A month {@code 2023-12}; blank is {@code fallback}. */
    public static YearMonth month(String name, String value, YearMonth fallback) {
        String text = text(name, value, 40);
        if (text == null) {
            return fallback;
        }
        if (MONTH.matcher(text).matches()) {
            try {
                return YearMonth.parse(text);
            } catch (DateTimeParseException e) {
                // month 13 and the like: answered below
            }
        }
        throw Problem.invalid(name, "analytics.month");
    }

    /** {@code true}, {@code false} or nothing (false); anything else is a 400 naming the parameter. */
    public static boolean flag(String name, String value) {
        String text = text(name, value, 10);
        if (text == null) {
            return false;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw Problem.invalid(name, "validation.flag");
        };
    }

    /** A value of an enumeration, any case; an unknown one is a 400 listing the allowed values; blank is null. */
    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        String text = text(name, value, 60);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        throw Problem.invalid(name, "validation.enum", allowed);
    }

    /** A value of an enumeration that only some of its constants may take here. */
    @SafeVarargs
    public static <E extends Enum<E>> E oneOf(String name, String value, E... allowed) {
        String text = text(name, value, 60);
        if (text == null) {
            return null;
        }
        for (E constant : allowed) {
            if (constant.name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        String names = String.join(", ", Arrays.stream(allowed).map(Enum::name).toList());
        throw Problem.invalid(name, "validation.enum", names);
    }

    /** Values given repeated ({@code kinds=A&kinds=B}) or comma-separated ({@code kinds=A,B}), at most maxItems. */
    public static <E extends Enum<E>> Set<E> enumSet(String name, List<String> values, Class<E> type, int maxItems) {
        Set<E> result = EnumSet.noneOf(type);
        if (values == null) {
            return result;
        }
        int given = 0;
        for (String value : values) {
            for (String part : (value == null ? "" : value).split(",", -1)) {
                E constant = enumValue(name, part, type);
                if (constant != null) {
                    result.add(constant);
                    if (++given > maxItems) {
                        throw Problem.invalid(name, "validation.param.tooMany", maxItems);
                    }
                }
            }
        }
        return result;
    }

    /** A region's two-digit code of an existing region; blank is null. */
    public static String regionCode(String name, String value) {
        String text = text(name, value, 40);
        if (text == null) {
            return null;
        }
        if (!REGION_CODE.matcher(text).matches()) {
            throw Problem.invalid(name, "validation.param.regionCode");
        }
        if (!ReferenceCodes.regionExists(text)) {
            throw Problem.invalid(name, "validation.unknownRegion", text);
        }
        return text;
    }

    /**
     * A region code in a path. A path names a resource: one that is not two digits names no region (404, as an
     * unknown one does, further on); only what is not text at all is a 400.
     */
    public static String regionCodeInPath(String name, String value) {
        return inPath(name, value, REGION_CODE, "region.notFound");
    }

    private static String inPath(String name, String value, Pattern shape, String notFoundKey) {
        String text = text(name, value, 80);
        if (text == null || !shape.matcher(text).matches()) {
            throw Problem.notFound(notFoundKey, text == null ? "" : text);
        }
        return text;
    }

    /** A federal district's code ({@code FEFD}, any case) of an existing district, upper-cased; blank is null. */
    public static String districtCode(String name, String value) {
        String code = districtCodeFormat(name, value);
        if (code != null && !ReferenceCodes.districtExists(code)) {
            throw Problem.invalid(name, "validation.unknownFederalDistrict", code);
        }
        return code;
    }

    /** A federal district's code in a path, upper-cased; one of another shape names no district (404). */
    public static String districtCodeInPath(String name, String value) {
        return inPath(name, value, DISTRICT_CODE, "federalDistrict.notFound").toUpperCase(Locale.ROOT);
    }

    private static String districtCodeFormat(String name, String value) {
        String text = text(name, value, 40);
        if (text == null) {
            return null;
        }
        if (!DISTRICT_CODE.matcher(text).matches()) {
            throw Problem.invalid(name, "validation.param.districtCode");
        }
        return text.toUpperCase(Locale.ROOT);
    }

    /** A category's code in a path; one of another shape names no category (404). */
    public static String categoryCodeInPath(String name, String value) {
        return inPath(name, value, CATEGORY_CODE, "category.notFound");
    }

    /** A category's code as categories are written (lower-case Latin, digits, dashes); blank is null. */
    public static String categoryCode(String name, String value) {
        String text = text(name, value, 80);
        if (text == null) {
            return null;
        }
        if (!CATEGORY_CODE.matcher(text).matches()) {
            throw Problem.invalid(name, "validation.param.categoryCode");
        }
        return text;
    }
}
