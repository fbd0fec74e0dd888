package cn.wenzhou.fashion.search;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

import cn.wenzhou.fashion.domain.Need;

/**
 * Leaves confidential needs out of the index: then no search, suggestion or reverse match can show one, to
 * anyone, whatever its query. A need's own matches read the need from the database.
 */
public class ConfidentialNeedRouting implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("confidential");
        context.bridge(Need.class, new Bridge());
    }

    static final class Bridge implements RoutingBridge<Need> {

        @Override
        public void route(DocumentRoutes routes, Object entityIdentifier, Need need, RoutingBridgeRouteContext context) {
            if (need.confidential) {
                routes.notIndexed();
            } else {
                routes.addRoute();
            }
        }

        @Override
        public void previousRoutes(DocumentRoutes routes, Object entityIdentifier, Need need, RoutingBridgeRouteContext context) {
            // It may have been indexed before it was made confidential: remove that document.
            routes.addRoute();
        }
    }
}
