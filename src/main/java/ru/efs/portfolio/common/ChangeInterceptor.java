package ru.efs.portfolio.common;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.Hibernate;
import org.hibernate.Interceptor;
import org.hibernate.Transaction;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.collection.AbstractCollectionPersister;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.type.CollectionType;
import org.hibernate.type.Type;

/**
 * Hibernate's hooks into every transaction's writes: the tables that entity and collection writes touch go to the
 * {@link ChangeFeed} (their names come from the mapping, never from SQL text), the entities to every
 * {@link EntityWriteListener}, and once the last flush is done the feed announces the change.
 */
@ApplicationScoped
@PersistenceUnitExtension
public class ChangeInterceptor implements Interceptor {

    @Inject
    ChangeFeed feed;

    @Inject
    Instance<EntityWriteListener> listeners;

    @Inject
    EntityManagerFactory factory;

    private final Map<Class<?>, List<String>> entityTables = new ConcurrentHashMap<>();
    private final Map<String, String> collectionTables = new ConcurrentHashMap<>();

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        saved(entity);
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] currentState, Object[] previousState,
            String[] propertyNames, Type[] types) {
        saved(entity);
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        if (entity instanceof Map) {
            return; // an audit row (Envers writes maps): nothing is kept from it
        }
        tablesOf(entity).forEach(feed::written);
        listeners.forEach(listener -> listener.removed(entity, id));
    }

    @Override
    public void onCollectionRecreate(Object collection, Object key) {
        collectionWritten(collection);
    }

    @Override
    public void onCollectionRemove(Object collection, Object key) {
        collectionWritten(collection);
    }

    @Override
    public void onCollectionUpdate(Object collection, Object key) {
        collectionWritten(collection);
    }

    @Override
    public void beforeTransactionCompletion(Transaction transaction) {
        feed.beforeCommit();
    }

    private void saved(Object entity) {
        if (entity instanceof Map) {
            return; // an audit row (Envers writes maps): nothing is kept from it
        }
        tablesOf(entity).forEach(feed::written);
        listeners.forEach(listener -> listener.saved(entity));
    }

    /** A collection of an entity that is not itself written (a new entity's have no role yet: see below). */
    private void collectionWritten(Object collection) {
        if (collection instanceof PersistentCollection<?> persistent && persistent.getRole() != null) {
            feed.written(collectionTable(persistent.getRole()));
        }
    }

    /**
     * The entity's table and the tables of its collections: a new entity's collections are written with it, and a
     * changed collection moves its owner's version, so the owner is written too. One too many only costs a kept
     * answer.
     */
    private List<String> tablesOf(Object entity) {
        return entityTables.computeIfAbsent(Hibernate.getClass(entity), type -> {
            AbstractEntityPersister persister = (AbstractEntityPersister) metamodel().getMappingMetamodel()
                    .getEntityDescriptor(type);
            List<String> tables = new ArrayList<>();
            tables.add(plain(persister.getTableName()));
            for (Type property : persister.getPropertyTypes()) {
                if (property instanceof CollectionType collection) {
                    tables.add(collectionTable(collection.getRole()));
                }
            }
            return List.copyOf(tables);
        });
    }

    private String collectionTable(String role) {
        return collectionTables.computeIfAbsent(role, key -> plain(((AbstractCollectionPersister) metamodel()
                .getMappingMetamodel().getCollectionDescriptor(key)).getTableName()));
    }

    private SessionFactoryImplementor metamodel() {
        return factory.unwrap(SessionFactoryImplementor.class);
    }

    /** Lower case, without schema or quotes: as the services name their tables. */
    static String plain(String table) {
        String name = table.replace("\"", "").replace("`", "");
        int dot = name.lastIndexOf('.');
        return (dot >= 0 ? name.substring(dot + 1) : name).toLowerCase(Locale.ROOT);
    }
}
