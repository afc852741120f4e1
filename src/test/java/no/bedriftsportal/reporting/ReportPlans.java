package no.bedriftsportal.reporting;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Oslo;

/** The query plan of a report as it runs, for the reports benchmark ({@code -Dbenchmark.explain=true}). */
public final class ReportPlans {

    private ReportPlans() {
    }

    /** {@code EXPLAIN (ANALYZE, BUFFERS)} of the report's page statement, line by line. */
    public static List<String> explain(ApplicationContext context, AccessScope scope, ReportKind kind, String query) {
        LinkedMultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.add(parts[0], parts[1]);
        }
        ReportRequest request = ReportRequest.parse(kind, parameters);
        Report report = context.getBean(Reports.class).prepare(scope, request);
        ReportDefinition definition = context.getBeansOfType(ReportDefinition.class).values().stream()
                .filter(d -> d.kinds().contains(kind)).findFirst().orElseThrow();
        ReportQuery statement = ReportQuery.of(definition, kind, request.level(), report.period());
        Map<String, Object> bound = ReportParameters.of(scope, request, report.period(),
                Oslo.today(context.getBean(java.time.Clock.class)), false);
        bound.put("limit", 50);
        bound.put("offset", 0);
        return context.getBean(NamedParameterJdbcTemplate.class).queryForList("explain (analyze, buffers) "
                + statement.page(null, false), bound, String.class);
    }

    static Locale locale() {
        return Locale.ROOT;
    }
}
