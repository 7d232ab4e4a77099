package ru.efs.portfolio.common;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Counts what refers to an object before it is deleted; anything found makes the delete a 409 that lists it. */
public final class Dependents {

    private final EntityManager em;
    private final Object id;
    private final List<Dependent> found = new ArrayList<>();

    @Schema(name = "Dependent", description = "Что зависит от объекта / What depends on the object")
    public record Dependent(
            @Schema(description = "Вид зависимых объектов / Kind of dependent objects", example = "people", maxLength = 50) String type,
            @Schema(description = "Сколько / How many", example = "3", format = "int64", minimum = "1", maximum = "9223372036854775807") long count) {
    }

    /** The 409 problem's {@code details}. */
    public record DependentsDetails(List<Dependent> dependents) {
    }

    private Dependents(EntityManager em, Object id) {
        this.em = em;
        this.id = id;
    }

    public static Dependents of(EntityManager em, Object id) {
        return new Dependents(em, id);
    }

    /** {@code sql} is a count with one positional parameter {@code ?1}, the object's id. */
    public Dependents count(String type, String sql) {
        Number count = (Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult();
        if (count.longValue() > 0) {
            found.add(new Dependent(type, count.longValue()));
        }
        return this;
    }

    public void refuseIfAny(String detailKey) {
        if (found.isEmpty()) {
            return;
        }
        throw new Problem(409, "has-dependents", "problem.conflict", detailKey,
                new Object[] {new DependentList(found)}, null, new DependentsDetails(List.copyOf(found)));
    }

    /** Rendered by {@link Messages} in the caller's language, e.g. «сотрудники: 3, сессии: 1». */
    public record DependentList(List<Dependent> items) implements Messages.Localizable {
        @Override
        public String render(java.util.Locale locale) {
            return String.join(", ", items.stream()
                    .map(d -> Messages.text(locale, "dependent." + d.type()) + ": " + d.count()).toList());
        }
    }
}
