package cn.wenzhou.fashion.search;

import java.util.function.Predicate;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Indexes only the records of a type that pass a test of one property, and removes the document of one that
 * stops passing it (it may have been indexed before the change).
 */
record IndexedWhen<E>(Class<E> type, String property, Predicate<E> indexed) implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use(property);
        context.bridge(type, new RoutingBridge<E>() {

            @Override
            public void route(DocumentRoutes routes, Object id, E record, RoutingBridgeRouteContext routeContext) {
                if (indexed.test(record)) {
                    routes.addRoute();
                } else {
                    routes.notIndexed();
                }
            }

            @Override
            public void previousRoutes(DocumentRoutes routes, Object id, E record, RoutingBridgeRouteContext routeContext) {
                routes.addRoute();
            }
        });
    }
}
