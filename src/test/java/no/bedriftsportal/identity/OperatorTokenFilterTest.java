package no.bedriftsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class OperatorTokenFilterTest {

    @Test
    void withNoTokenConfiguredTheApiIsOffAndSaysSo() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/operator/companies");
        request.addHeader("Authorization", "Bearer ");

        new OperatorTokenFilter("").doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString()).contains("PORTAL_OPERATOR_TOKEN");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void theRightTokenPassesAndAnyOtherIsRefused() throws Exception {
        OperatorTokenFilter filter = new OperatorTokenFilter("s3cret-token");

        MockHttpServletRequest right = new MockHttpServletRequest("GET", "/api/operator/companies");
        right.addHeader("Authorization", "Bearer s3cret-token");
        MockFilterChain passed = new MockFilterChain();
        filter.doFilter(right, new MockHttpServletResponse(), passed);

        MockHttpServletRequest prefix = new MockHttpServletRequest("GET", "/api/operator/companies");
        prefix.addHeader("Authorization", "Bearer s3cret");
        MockHttpServletResponse refused = new MockHttpServletResponse();
        MockFilterChain blocked = new MockFilterChain();
        filter.doFilter(prefix, refused, blocked);

        assertThat(passed.getRequest()).isNotNull();
        assertThat(refused.getStatus()).isEqualTo(401);
        assertThat(blocked.getRequest()).isNull();
    }
}
