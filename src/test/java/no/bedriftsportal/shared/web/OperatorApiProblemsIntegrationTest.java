package no.bedriftsportal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import no.bedriftsportal.PortalIntegrationTest;

/**
 * Issue #10, point 8: every answer of the operator API that is not a success is problem JSON
 * (RFC 9457) with the request's correlation id, whether it comes from the token check, from Spring
 * MVC before any controller was found, from an upload over the limit, or from a bug. On its own
 * context and database, with an upload limit of 1 MB and a controller that fails on purpose.
 */
@PortalIntegrationTest
@TestPropertySource(properties = {"portal.database.embedded.data-dir=target/test-postgres-problems",
        "portal.upload.max-size=1MB"})
@Import(OperatorApiProblemsIntegrationTest.FailingOperatorApi.class)
@ExtendWith(OutputCaptureExtension.class)
class OperatorApiProblemsIntegrationTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @LocalServerPort
    int port;

    @Test
    void withoutTheTokenA401Problem() {
        OperatorHttp http = new OperatorHttp(port);

        OperatorHttp.Answer answer = http.send(HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/api/operator/companies")).GET().build());

        assertProblem(answer, 401);
        assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void aPathNoControllerServesIsA404Problem() {
        OperatorHttp.Answer answer = new OperatorHttp(port).get("/api/operator/no-such-thing");

        assertProblem(answer, 404);
        assertThat(answer.<String>json("$.detail")).isEqualTo("there is no GET /api/operator/no-such-thing");
    }

    @Test
    void somethingThatDoesNotExistIsA404Problem() {
        OperatorHttp.Answer answer = new OperatorHttp(port).get("/api/operator/invoices/999999999");

        assertProblem(answer, 404);
        assertThat(answer.<String>json("$.detail")).isEqualTo("invoice 999999999 not found");
    }

    @Test
    void aCallerThatAcceptsOnlyHtmlOrCsvStillGetsProblemJson() {
        OperatorHttp http = new OperatorHttp(port);

        OperatorHttp.Answer notFound = http.send(http.request("/api/operator/invoices/999999999").setHeader("Accept", "text/html")
                .GET().build());
        OperatorHttp.Answer notAcceptable = http.send(http.request("/api/operator/invoice-runs").setHeader("Accept", "text/csv")
                .GET().build());

        assertProblem(notFound, 404);
        assertProblem(notAcceptable, 406);
    }

    @Test
    void aMethodThePathDoesNotTakeIsA405Problem() {
        OperatorHttp http = new OperatorHttp(port);

        OperatorHttp.Answer answer = http.send(http.request("/api/operator/invoice-runs").DELETE().build());

        assertProblem(answer, 405);
        assertThat(answer.header("Allow")).contains("GET", "POST");
    }

    @Test
    void aBodyOfAnotherMediaTypeIsA415Problem() {
        OperatorHttp http = new OperatorHttp(port);

        OperatorHttp.Answer answer = http.send(http.request("/api/operator/invoice-runs").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("2026-10")).build());

        assertProblem(answer, 415);
    }

    @Test
    void anInvalidRequestIsA400ProblemWithTheId() {
        OperatorHttp http = new OperatorHttp(port);

        OperatorHttp.Answer answer = http.send(http.request("/api/operator/invoice-runs").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"month\": \"oktober\"}")).build());

        assertProblem(answer, 400);
        assertThat(answer.<String>json("$.errors[0].field")).isEqualTo("month");
    }

    @Test
    void anUploadOverTheLimitIsA413ProblemNamingTheLimit() throws IOException {
        Path large = Files.createTempFile("over-the-limit", ".txt");
        try {
            try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
                file.setLength(8L * 1024 * 1024); // past the limit and past Tomcat's default swallow size (2 MB)
            }

            OperatorHttp.Answer answer = new OperatorHttp(port).upload("/api/operator/payment-files", large, "ocr.txt");

            assertProblem(answer, 413);
            assertThat(answer.<String>json("$.detail"))
                    .isEqualTo("the file is larger than the upload limit of 1 MB (PORTAL_UPLOAD_MAX_SIZE)");
        } finally {
            Files.delete(large);
        }
    }

    @Test
    void aBugIsA500ProblemThatTellsNothingAndIsLoggedOnceWithTheId(CapturedOutput output) {
        OperatorHttp http = new OperatorHttp(port);

        OperatorHttp.Answer answer = http.send(http.request(FailingOperatorApi.PATH).header("X-Correlation-Id", "bug-report.42")
                .GET().build());

        assertProblem(answer, 500);
        assertThat(answer.<String>json("$.correlationId")).isEqualTo("bug-report.42");
        assertThat(answer.body()).doesNotContain(FailingOperatorApi.SECRET, "IllegalStateException", "FailingOperatorApi");
        List<String> log = output.getOut().lines().toList();
        List<Integer> traces = IntStream.range(0, log.size()).filter(i -> log.get(i).contains(FailingOperatorApi.SECRET))
                .boxed().toList();
        assertThat(traces).hasSize(1); // logged once
        String logLine = IntStream.iterate(traces.get(0) - 1, i -> i >= 0, i -> i - 1).mapToObj(log::get)
                .filter(line -> !line.isBlank()).findFirst().orElseThrow();
        assertThat(logLine).contains("ERROR", "[bug-report.42]", "GET " + FailingOperatorApi.PATH);
    }

    @Test
    void aSaneCorrelationIdIsKeptAndAnyOtherReplaced() {
        OperatorHttp http = new OperatorHttp(port);
        String sane = "a".repeat(60) + "-._9";
        String tooLong = "b".repeat(65);

        OperatorHttp.Answer kept = http.send(http.request("/api/operator/no-such-thing").header("X-Correlation-Id", sane)
                .GET().build());
        OperatorHttp.Answer replaced = http.send(http.request("/api/operator/no-such-thing").header("X-Correlation-Id", tooLong)
                .GET().build());
        OperatorHttp.Answer injected = http.send(http.request("/api/operator/no-such-thing")
                .header("X-Correlation-Id", "x\" ,\"status\": 200").GET().build());
        OperatorHttp.Answer success = http.send(http.request("/api/operator/invoice-runs").header("X-Correlation-Id", sane)
                .GET().build());

        assertThat(kept.header("X-Correlation-Id")).isEqualTo(sane);
        assertThat(kept.<String>json("$.correlationId")).isEqualTo(sane);
        assertThat(replaced.header("X-Correlation-Id")).isNotBlank().isNotEqualTo(tooLong).matches("[A-Za-z0-9._-]{1,64}");
        assertThat(replaced.<String>json("$.correlationId")).isEqualTo(replaced.header("X-Correlation-Id"));
        assertThat(injected.header("X-Correlation-Id")).matches("[A-Za-z0-9._-]{1,64}");
        assertThat(injected.<Integer>json("$.status")).isEqualTo(404);
        assertThat(success.status()).isEqualTo(200);
        assertThat(success.header("X-Correlation-Id")).isEqualTo(sane);
    }

    /** Every problem: the status, problem JSON, and the correlation id of the response header in the body. */
    private static void assertProblem(OperatorHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.body()).startsWith(PROBLEM_JSON);
        assertThat(answer.<Integer>json("$.status")).isEqualTo(status);
        assertThat(answer.<String>json("$.title")).isNotBlank();
        assertThat(answer.<String>json("$.detail")).isNotBlank();
        assertThat(answer.header("X-Correlation-Id")).matches("[A-Za-z0-9._-]{1,64}");
        assertThat(answer.<String>json("$.correlationId")).isEqualTo(answer.header("X-Correlation-Id"));
    }

    /** A controller of the tests only, whose one route fails the way a bug would, with a secret in the message. */
    @RestController
    static class FailingOperatorApi {

        static final String PATH = "/api/operator/test-only/failure";
        static final String SECRET = "jdbc:postgresql://db.internal/portal?password=hunter2";

        @GetMapping(PATH)
        String fail() {
            throw new IllegalStateException("could not connect to " + SECRET);
        }
    }
}
