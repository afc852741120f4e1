package no.bedriftsportal.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Which requests are portal requests (ADR 0010): all but the operator API's, judged on the
 * normalised path the security chains match, and the mark never outlives the request.
 */
class PortalRequestScopeFilterTest {

    @Test
    void everyRequestButTheOperatorApisIsAPortalRequestForItsDurationOnly() throws Exception {
        assertThat(inPortalRequest("/settings/access")).isTrue();
        assertThat(inPortalRequest("/")).isTrue();
        assertThat(inPortalRequest("/login")).isTrue();
        assertThat(inPortalRequest("/api/operatorx/companies")).isTrue();
        assertThat(inPortalRequest("/API/operator/companies")).isTrue();
        assertThat(inPortalRequest("/api/operator/companies")).isFalse();
        assertThat(PortalRequestScope.inPortalRequest()).as("after the request").isFalse();
    }

    @Test
    void theRawUriDoesNotDecideOnlyTheNormalisedPath() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/operator/../../settings/access");
        request.setServletPath("/settings/access");
        assertThat(inPortalRequest(request)).isTrue();
    }

    private static boolean inPortalRequest(String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setServletPath(path);
        return inPortalRequest(request);
    }

    private static boolean inPortalRequest(MockHttpServletRequest request) throws Exception {
        AtomicReference<Boolean> seen = new AtomicReference<>();
        new PortalRequestScopeFilter().doFilter(request, new MockHttpServletResponse(),
                (req, res) -> seen.set(PortalRequestScope.inPortalRequest()));
        return seen.get();
    }
}
