package no.bedriftsportal.isolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every route the running application answers, as {@code "METHOD pattern"}: the request mappings
 * of every {@link RequestMappingInfoHandlerMapping} bean (controllers, and the actuator's), the
 * patterns of every URL handler mapping (static resources), and a marker for router functions, which
 * cannot be listed and so must not appear unnoticed. A mapping without methods answers {@code ANY}.
 */
final class HandlerRoutes {

    static final String ROUTER_FUNCTION = "ROUTER-FUNCTION ";

    private HandlerRoutes() {
    }

    static Set<String> of(ApplicationContext context) {
        Set<String> routes = new TreeSet<>();
        context.getBeansOfType(HandlerMapping.class).forEach((name, mapping) -> {
            if (mapping instanceof RequestMappingInfoHandlerMapping requestMappings) {
                requestMappings.getHandlerMethods().keySet().forEach(info -> routes.addAll(routes(info)));
            } else if (mapping instanceof AbstractUrlHandlerMapping urls) {
                urls.getHandlerMap().keySet().forEach(pattern -> routes.add("GET " + pattern));
            } else if (mapping instanceof RouterFunctionMapping functions) {
                if (functions.getRouterFunction() != null) {
                    routes.add(ROUTER_FUNCTION + functions.getRouterFunction());
                }
            } else {
                routes.add("UNKNOWN-HANDLER-MAPPING " + name + " (" + mapping.getClass().getName() + ")");
            }
        });
        return routes;
    }

    private static List<String> routes(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        List<String> routes = new ArrayList<>();
        for (String pattern : info.getPatternValues()) {
            if (methods.isEmpty()) {
                routes.add("ANY " + pattern);
            }
            methods.forEach(method -> routes.add(method.name() + " " + pattern));
        }
        return routes;
    }
}
