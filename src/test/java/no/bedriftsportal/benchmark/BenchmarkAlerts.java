package no.bedriftsportal.benchmark;

import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.insights.AlertEditor;
import no.bedriftsportal.insights.AlertKind;
import no.bedriftsportal.insights.AlertRuleInput;
import no.bedriftsportal.insights.AlertRules;

/** The benchmark company's alert rules (X2, #18.2): every rule on (e-mail and SMS), or every rule off. */
final class BenchmarkAlerts {

    private BenchmarkAlerts() {
    }

    static void switchAll(ConfigurableApplicationContext context, long companyId, boolean on) {
        AlertRules rules = context.getBean(AlertRules.class);
        for (AlertKind kind : AlertKind.values()) {
            String amount = kind.hasAmount() ? kind.defaultAmount().toPlainString() : "";
            String factor = kind.hasFactor() ? kind.defaultFactor().toPlainString() : "";
            String days = kind.hasDays() ? kind.defaultDays().toString() : "";
            rules.save(companyId, kind, new AlertRuleInput(on, amount, factor, days, true, true, true, List.of()),
                    AlertEditor.system("benchmark"));
        }
    }

    static long count(ConfigurableApplicationContext context, long companyId) {
        return context.getBean(JdbcClient.class).sql("select count(*) from alert where company_id = :company")
                .param("company", companyId).query(Long.class).single();
    }
}
