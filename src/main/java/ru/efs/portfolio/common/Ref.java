package ru.efs.portfolio.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A small reference to a related object, instead of nesting the whole of it. */
@Schema(name = "Ref", description = "Ссылка на связанный объект / Reference to a related object")
public record Ref(
        @Schema(description = "Идентификатор / Identifier", example = "5", format = "int64", minimum = "1", maximum = "9223372036854775807") Long id,
        @Schema(description = "Название / Title", example = "КГАОУ ДПО «Хабаровский краевой институт развития образования»", maxLength = 500) String title) {
}
