package ru.efs.portfolio.imports;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import ru.efs.portfolio.common.Texts;
import ru.efs.portfolio.project.ProjectDtos.IndicatorDto;

/** A row's values by request field: compared with an object's, and made into the request the service takes. */
final class Values {

    private Values() {
    }

    /** Whether the row changes nothing: texts trimmed, lists of codes and ids as sets, numbers by value. */
    static boolean same(Map<String, Object> before, Map<String, Object> after, List<Field> fields) {
        for (Field field : fields) {
            if (!Objects.equals(normal(field, before.get(field.name())), normal(field, after.get(field.name())))) {
                return false;
            }
        }
        return true;
    }

    private static Object normal(Field field, Object value) {
        if (value instanceof String text) {
            return Texts.clean(text);
        }
        if (value instanceof Collection<?> items && field.type() != Field.Type.INDICATORS) {
            return items.isEmpty() ? null : new TreeSet<Object>(items);
        }
        if (value instanceof List<?> items && field.type() == Field.Type.INDICATORS) {
            if (items.isEmpty()) {
                return null;
            }
            List<List<Object>> normal = new ArrayList<>();
            for (Object item : items) {
                IndicatorDto indicator = (IndicatorDto) item;
                normal.add(java.util.Arrays.asList(Texts.clean(indicator.name()), Texts.clean(indicator.unit()),
                        number(indicator.baseline()), number(indicator.target()), number(indicator.actual())));
            }
            return normal;
        }
        return value;
    }

    private static BigDecimal number(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    /** The request record with the values and the version, through its canonical constructor. */
    static <R extends Record> R request(Class<R> type, Map<String, Object> values, Long version) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = components[i].getName().equals("version") ? version : values.get(components[i].getName());
            if (args[i] instanceof List<?> list) {
                args[i] = new ArrayList<>(list);
            }
        }
        try {
            Constructor<R> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(args);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot make " + type, e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot make " + type, e.getCause());
        }
    }
}
