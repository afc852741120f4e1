package no.bedriftsportal.shared.web;

import java.io.IOException;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How long a browser keeps a static file. A fingerprinted URL ({@link StaticAssets}) never changes
 * its content: {@code public, max-age=31536000, immutable}. A plain URL of a static file may be kept
 * but is checked each time ({@code no-cache}, answered with 304 when unchanged). Everything else,
 * pages and their fragments, keeps Spring Security's {@code no-store}: it writes its cache headers
 * only where none is set yet.
 */
@Component
class StaticAssetCacheFilter extends OncePerRequestFilter {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    private static final List<String> STATIC_PREFIXES = List.of("/css/", "/js/", "/img/", "/geo/", "/webjars/");

    private final StaticAssets assets;

    StaticAssetCacheFilter(StaticAssets assets) {
        this.assets = assets;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method)) || !isStatic(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        response.setHeader(HttpHeaders.CACHE_CONTROL, assets.isCurrentFingerprint(path) ? IMMUTABLE : REVALIDATE);
        chain.doFilter(request, response);
    }

    private static boolean isStatic(String path) {
        return "/robots.txt".equals(path) || STATIC_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
