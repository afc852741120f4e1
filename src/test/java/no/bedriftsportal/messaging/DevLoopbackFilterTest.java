package no.bedriftsportal.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** {@code /dev/*} answers a loopback connection only; a header never makes a client local. */
class DevLoopbackFilterTest {

    @ParameterizedTest(name = "{0} with {1}: {2}")
    @CsvSource(nullValues = "-", value = {
            "127.0.0.1, -, 200", "127.0.0.53, -, 200", "0:0:0:0:0:0:0:1, -, 200", "::1, -, 200",
            "192.0.2.2, -, 404", "203.0.113.7, X-Forwarded-For, 404", "10.0.0.5, X-Real-IP, 404",
            "127.0.0.1, X-Forwarded-For, 404", "127.0.0.1, Forwarded, 404", "127.0.0.1, X-Forwarded-Host, 404",
            "128.0.0.1, -, 404", "fd00::2, -, 404"})
    void theOutboxAnswersOnlyALoopbackConnection(String remoteAddress, String header, int status) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/dev/sms-outbox");
        request.setRemoteAddr(remoteAddress);
        if (header != null) {
            request.addHeader(header, "127.0.0.1");
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new DevLoopbackFilter().doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(chain.getRequest() != null).isEqualTo(status == 200);
    }

    @ParameterizedTest
    @CsvSource({"/login", "/", "/api/operator/companies", "/developer"})
    void otherPathsAreNotItsBusiness(String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr("203.0.113.7");
        MockFilterChain chain = new MockFilterChain();

        new DevLoopbackFilter().doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isNotNull();
    }
}
