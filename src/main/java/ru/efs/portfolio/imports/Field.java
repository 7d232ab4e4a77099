package ru.efs.portfolio.imports;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ru.efs.portfolio.common.Labels;
import ru.efs.portfolio.common.Messages;

/**
 * A field of a request that a column fills, read off the request record: what its cells hold, whether a new
 * object needs it, and its description for the template.
 */
record Field(String name, Type type, Class<?> enumType, References.Target target, boolean required,
        RecordComponent component) {

    /** What a field's cell holds. */
    enum Type {
        TEXT, INTEGER, ENUM, DATE, REGION, CATEGORIES, REFERENCE, REFERENCES, INDICATORS
    }

    /** The fields of a request, in its order, without the version (the import gives that itself). */
    static List<Field> of(Class<? extends Record> request) {
        List<Field> fields = new ArrayList<>();
        for (RecordComponent component : request.getRecordComponents()) {
            if (!component.getName().equals("version")) {
                fields.add(of(component));
            }
        }
        return fields;
    }

    private static Field of(RecordComponent component) {
        String name = component.getName();
        Class<?> type = component.getType();
        boolean required = annotated(component);
        if (name.equals("regionCode")) {
            return new Field(name, Type.REGION, null, null, required, component);
        }
        if (name.equals("categoryCodes")) {
            return new Field(name, Type.CATEGORIES, null, null, required, component);
        }
        if (name.equals("indicators")) {
            return new Field(name, Type.INDICATORS, null, null, required, component);
        }
        if (List.class.isAssignableFrom(type) && itemOf(component) == Long.class) {
            return new Field(name, Type.REFERENCES, null, References.Target.of(name), required, component);
        }
        if ((type == Long.class || type == long.class) && name.endsWith("Id")) {
            return new Field(name, Type.REFERENCE, null, References.Target.of(name), required, component);
        }
        if (type.isEnum()) {
            return new Field(name, Type.ENUM, type, null, required, component);
        }
        if (type == Integer.class || type == int.class) {
            return new Field(name, Type.INTEGER, null, null, required, component);
        }
        if (type == LocalDate.class) {
            return new Field(name, Type.DATE, null, null, required, component);
        }
        if (type == String.class) {
            return new Field(name, Type.TEXT, null, null, required, component);
        }
        throw new IllegalStateException("An import cannot read " + component);
    }

    private static boolean annotated(RecordComponent component) {
        try {
            java.lang.reflect.Field field = component.getDeclaringRecord().getDeclaredField(component.getName());
            return field.isAnnotationPresent(NotNull.class) || field.isAnnotationPresent(NotBlank.class);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static Class<?> itemOf(RecordComponent component) {
        if (component.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> item) {
            return item;
        }
        return Object.class;
    }

    /** The request's own description of the field, in the language: what the template explains. */
    String description(Locale locale) {
        org.eclipse.microprofile.openapi.annotations.media.Schema schema = schema();
        String text = schema == null ? "" : schema.description();
        int slash = text.indexOf(" / ");
        if (slash < 0) {
            return text;
        }
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return english ? text.substring(slash + 3) : text.substring(0, slash);
    }

    private org.eclipse.microprofile.openapi.annotations.media.Schema schema() {
        try {
            return component.getDeclaringRecord().getDeclaredField(component.getName())
                    .getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    /** The request's label of the field, without what follows a {@code ;}: a header the template may use. */
    String label(Locale locale) {
        String label = Labels.of(component, locale == null ? Messages.RUSSIAN : locale);
        int semicolon = label.indexOf(';');
        return semicolon > 0 ? label.substring(0, semicolon).strip() : label;
    }
}
