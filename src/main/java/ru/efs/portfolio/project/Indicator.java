package ru.efs.portfolio.project;

import java.math.BigDecimal;

/** A measurable indicator of a project's passport: unit, baseline, target and actual value. */
public record Indicator(String name, String unit, BigDecimal baseline, BigDecimal target, BigDecimal actual) {
}
