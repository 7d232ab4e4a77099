package ru.efs.portfolio.common;

/** Told by {@link ChangeInterceptor} of every entity a transaction inserts, changes or removes, as it is flushed. */
public interface EntityWriteListener {

    void saved(Object entity);

    void removed(Object entity, Object id);
}
