package no.bedriftsportal.messaging;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The demo's {@code /dev/*} pages show every one-time code, so they answer only a client on this
 * machine: the connection's remote address must be a loopback address, and a request that came
 * through a proxy (it carries a forwarding header) is not local whatever its address. Any other
 * client gets a 404, as if the pages did not exist.
 */
@Component
@Profile("demo")
class DevLoopbackFilter extends OncePerRequestFilter {

    private static final Set<String> LOOPBACK_IPV6 = Set.of("::1", "0:0:0:0:0:0:0:1");
    private static final List<String> FORWARDING_HEADERS = List.of("Forwarded", "X-Forwarded-For", "X-Forwarded-Host",
            "X-Real-IP");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/dev/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isLocal(request)) {
            chain.doFilter(request, response);
        } else {
            response.sendError(HttpStatus.NOT_FOUND.value());
        }
    }

    static boolean isLocal(HttpServletRequest request) {
        return isLoopback(request.getRemoteAddr()) && FORWARDING_HEADERS.stream().noneMatch(h -> request.getHeader(h) != null);
    }

    static boolean isLoopback(String address) {
        if (address == null) {
            return false;
        }
        String plain = address.startsWith("::ffff:") ? address.substring(7) : address;
        return plain.startsWith("127.") || LOOPBACK_IPV6.contains(plain);
    }
}
