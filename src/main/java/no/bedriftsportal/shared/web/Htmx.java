package no.bedriftsportal.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The one place that decides between a whole page and the fragment htmx asked for: a full page
 * includes its fragments, so each piece of markup exists once.
 */
public final class Htmx {

    public static final String REQUEST_HEADER = "HX-Request";
    public static final String REDIRECT_HEADER = "HX-Redirect";

    private Htmx() {
    }

    public static boolean isHtmxRequest(HttpServletRequest request) {
        return "true".equals(request.getHeader(REQUEST_HEADER))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }

    /** The template to render: the fragment for htmx, the page otherwise. */
    public static String view(HttpServletRequest request, String page, String fragment) {
        return isHtmxRequest(request) ? fragment : page;
    }
}
