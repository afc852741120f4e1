package no.bedriftsportal.shared.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The URLs of static files with their content's fingerprint ({@code /css/portal-3f2a….css}), from
 * Spring's resource chain (content-version strategy, application.properties). Pages link through
 * {@link PageContext#asset}; a fingerprinted URL changes whenever the file does, so a browser may
 * keep it for a year ({@link StaticAssetCacheFilter}). The plain URL keeps working.
 */
@Component
public class StaticAssets {

    /** {@code name-<32 hex digits>.ext}: the content-version strategy's fingerprint (an MD5). */
    private static final Pattern FINGERPRINTED = Pattern.compile("^(.*)-[0-9a-f]{32}(\\.[^/.]+)$");

    private final ObjectProvider<ResourceUrlProvider> urls;

    StaticAssets(ObjectProvider<ResourceUrlProvider> urls) {
        this.urls = urls;
    }

    /** The fingerprinted URL of a static file, e.g. {@code /js/portal.js}; the path itself when the chain does not know it. */
    public String url(String path) {
        ResourceUrlProvider provider = urls.getIfAvailable();
        String url = provider == null ? null : provider.getForLookupPath(path);
        return url == null ? path : url;
    }

    /** Whether {@code path} is the fingerprinted URL of a static file as it is now (an old fingerprint is not). */
    boolean isCurrentFingerprint(String path) {
        Matcher matcher = FINGERPRINTED.matcher(path);
        return matcher.matches() && path.equals(url(matcher.group(1) + matcher.group(2)));
    }
}
