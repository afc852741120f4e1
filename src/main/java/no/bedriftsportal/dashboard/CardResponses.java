package no.bedriftsportal.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.bedriftsportal.identity.PortalPrincipal;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.database.CompanyDataVersions;

/**
 * The cards' answers as they were sent, kept in the {@link CardCache} under the same key as the
 * cards themselves (company, granted scope, day, the company's data version) plus the request
 * (path, query, language, htmx target): a card asked for again before anything changed is sent
 * without being rendered again (#12.7). Only the card fragments that are pure reads are kept: never
 * the whole page (it holds the user's name and CSRF token), a user's panel (each opening is in the
 * audit log), a download, or any answer but a 200 without cookies.
 */
@Component
class CardResponses extends OncePerRequestFilter {

    private static final Set<String> CARDS = Set.of("/dashboard/subscriptions", "/dashboard/costs", WorldCard.PATH,
            DataController.CARD, DataController.USERS, "/dashboard/users", "/dashboard/users/list");
    private static final String COUNTRY = WorldCard.PATH + "/countries/";
    private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "content-length", "date", "transfer-encoding");

    /** What the answer depends on besides the principal's scope and the company's version. */
    private record Request(String path, String query, String language, String htmxTarget, boolean htmx,
            no.bedriftsportal.identity.Role role) {
    }

    /** A kept answer: its body, its type and the headers the card set. */
    record Html(String contentType, byte[] body, List<String[]> headers) {
    }

    private final CardCache cache;
    private final CompanyDataVersions versions;
    private final LocaleResolver locales;
    private final Clock clock;

    CardResponses(CardCache cache, CompanyDataVersions versions, LocaleResolver locales, Clock clock) {
        this.cache = cache;
        this.versions = versions;
        this.locales = locales;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getServletPath();
        boolean card = CARDS.contains(path) || path.startsWith(COUNTRY) && path.indexOf('/', COUNTRY.length()) < 0;
        return !card || !"GET".equals(request.getMethod()) || request.getParameter("user") != null
                || request.getParameter("lang") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof PortalPrincipal me)) {
            chain.doFilter(request, response);
            return;
        }
        Request asked = new Request(request.getServletPath(), request.getQueryString(),
                locales.resolveLocale(request).getLanguage(), request.getHeader("HX-Target"),
                request.getHeader("HX-Request") != null, me.role());
        CardCache.Key key = new CardCache.Key(me.companyId(), me.customerAccountIds(), me.modules(), "html", asked,
                Oslo.today(clock), versions.current(me.companyId()));
        boolean[] rendered = {false};
        Optional<Html> kept;
        try {
            kept = cache.get(key, () -> {
                rendered[0] = true;
                return render(request, response, chain);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (WrappedServletException e) {
            throw e.cause;
        }
        if (rendered[0]) {
            return; // this request rendered the card and has sent it
        }
        if (kept.isEmpty()) {
            chain.doFilter(request, response); // not an answer to keep (e.g. a 404): each request makes its own
            return;
        }
        send(kept.get(), response);
    }

    private static Optional<Html> render(HttpServletRequest request, HttpServletResponse response, FilterChain chain) {
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, capture);
            Optional<Html> html = Optional.empty();
            if (capture.getStatus() == HttpServletResponse.SC_OK && capture.getHeader("Set-Cookie") == null) {
                List<String[]> headers = new ArrayList<>();
                for (String name : capture.getHeaderNames()) {
                    if (!NOT_REPLAYED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                        capture.getHeaders(name).forEach(value -> headers.add(new String[] {name, value}));
                    }
                }
                html = Optional.of(new Html(capture.getContentType(), capture.getContentAsByteArray(), List.copyOf(headers)));
            }
            capture.copyBodyToResponse();
            return html;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ServletException e) {
            throw new WrappedServletException(e);
        }
    }

    private static void send(Html html, HttpServletResponse response) throws IOException {
        for (String[] header : html.headers()) {
            if (!response.containsHeader(header[0])) {
                response.addHeader(header[0], header[1]);
            }
        }
        response.setContentType(html.contentType());
        response.setContentLength(html.body().length);
        response.getOutputStream().write(html.body());
    }

    /** A servlet exception carried through the cache's computation. */
    private static final class WrappedServletException extends RuntimeException {
        private final ServletException cause;

        WrappedServletException(ServletException cause) {
            super(cause);
            this.cause = cause;
        }
    }
}
