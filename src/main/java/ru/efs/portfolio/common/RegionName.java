package ru.efs.portfolio.common;

import java.util.Locale;

/**
 * A region in a message, named as people name it («Хабаровский край»), not by its code. A code that names no
 * region is shown as it was given, so a message about a wrong code still quotes it.
 */
public record RegionName(String code) implements Messages.Localizable {

    @Override
    public String render(Locale locale) {
        if (code == null) {
            return "—";
        }
        String name = ReferenceCodes.regionName(code);
        return name == null ? code : name;
    }
}
