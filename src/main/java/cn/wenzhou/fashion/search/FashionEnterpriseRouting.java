package cn.wenzhou.fashion.search;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

import cn.wenzhou.fashion.domain.Enterprise;

/**
 * Indexes only enterprises of the library's (fashion) industries. The others are voucher users kept for the
 * bureau's statistics (most of Wenzhou's more than 9,000 voucher users): nobody searches them, and indexing them would only slow
 * every reindex and start.
 */
public class FashionEnterpriseRouting implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("industries");
        context.bridge(Enterprise.class, new Bridge());
    }

    static final class Bridge implements RoutingBridge<Enterprise> {

        @Override
        public void route(DocumentRoutes routes, Object entityIdentifier, Enterprise enterprise, RoutingBridgeRouteContext context) {
            if (enterprise.industries.isEmpty()) {
                routes.notIndexed();
            } else {
                routes.addRoute();
            }
        }

        @Override
        public void previousRoutes(DocumentRoutes routes, Object entityIdentifier, Enterprise enterprise, RoutingBridgeRouteContext context) {
            // It may have been indexed with industries it no longer has: remove that document.
            routes.addRoute();
        }
    }
}
