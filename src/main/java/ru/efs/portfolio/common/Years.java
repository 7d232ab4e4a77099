package ru.efs.portfolio.common;

/** The years the product deals in, and the {@code year} filter every list shares. */
public final class Years {

    public static final int MIN = 2000;
    public static final int MAX = 2100;

    private Years() {
    }

    /** A {@code year} query parameter: absent is null; anything but a whole number in 2000–2100 is a 400. */
    public static Integer parseFilter(String value) {
        return QueryParams.year("year", value);
    }
}
