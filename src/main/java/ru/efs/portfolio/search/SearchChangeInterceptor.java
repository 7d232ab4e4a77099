package ru.efs.portfolio.search;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.Interceptor;
import org.hibernate.type.Type;

/** Tells the search indexer which objects each transaction inserts, changes or removes. */
@ApplicationScoped
@PersistenceUnitExtension
public class SearchChangeInterceptor implements Interceptor {

    @Inject
    SearchIndexer indexer;

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        indexer.saved(entity);
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] currentState, Object[] previousState,
            String[] propertyNames, Type[] types) {
        indexer.saved(entity);
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        indexer.removed(entity, id);
    }
}
