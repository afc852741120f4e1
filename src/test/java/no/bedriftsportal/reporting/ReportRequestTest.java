package no.bedriftsportal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import no.bedriftsportal.shared.InvalidInputException;

/** A report's state round-trips through its URL query (R3, R4), and bad input is refused by field. */
class ReportRequestTest {

    @Test
    void aRequestReadsBackFromItsOwnQuery() {
        ReportRequest asked = ReportRequest.parse(ReportKind.COST_PER_USER, query(
                "level=department&period=time&from=2026-01-15&to=2026-03-10&account=7&account=3&productGroup=MOBILE"
                        + "&user=%C3%98ystein%20%26%20co&sim=894708000001&sort=total&order=desc"));
        assertThat(asked.level()).isEqualTo(ReportLevel.DEPARTMENT);
        assertThat(asked.period()).isEqualTo(ReportPeriod.days(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 3, 10)));
        assertThat(asked.filter().user()).isEqualTo("Øystein & co");
        assertThat(ReportRequest.parse(ReportKind.COST_PER_USER, query(asked.query()))).isEqualTo(asked);
        ReportRequest invoices = ReportRequest.parse(ReportKind.INVOICE_SPECIFICATION, query("period=invoice&invoice=100123,100124"));
        assertThat(invoices.period().invoices()).containsExactly(100123L, 100124L);
        assertThat(ReportRequest.parse(ReportKind.INVOICE_SPECIFICATION, query(invoices.query()))).isEqualTo(invoices);
    }

    @Test
    void eachReportOpensWithItsOwnDefaults() {
        assertThat(ReportRequest.parse(ReportKind.COST_PER_DEPARTMENT, query("")).level()).isEqualTo(ReportLevel.DEPARTMENT);
        assertThat(ReportRequest.parse(ReportKind.INVOICE_SPECIFICATION, query("")).period().preset())
                .isEqualTo(PeriodPreset.LAST_INVOICES);
        assertThat(ReportRequest.parse(ReportKind.RUNNING_COST, query("period=last-12-months")).period().preset())
                .as("the running report has its own period").isEqualTo(PeriodPreset.THIS_MONTH);
    }

    @Test
    void badInputNamesItsField() {
        assertThatThrownBy(() -> parse(ReportKind.COST_PER_USER, "period=time&from=2026-03-01&to=2026-02-01"))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("to");
        assertThatThrownBy(() -> parse(ReportKind.COST_PER_USER, "period=time&from=1.2.2026&to=2026-02-01"))
                .extracting("field").isEqualTo("from");
        assertThatThrownBy(() -> parse(ReportKind.COST_PER_USER, "period=time&from=2022-01-01&to=2026-02-01"))
                .extracting("messageKey").isEqualTo("reports.error.tooLong");
        assertThatThrownBy(() -> parse(ReportKind.USAGE_ABROAD, "period=last-invoices"))
                .extracting("messageKey").isEqualTo("reports.error.timeOnly");
        assertThatThrownBy(() -> parse(ReportKind.INVOICE_SPECIFICATION, "period=last-month"))
                .extracting("messageKey").isEqualTo("reports.error.invoiceOnly");
        assertThatThrownBy(() -> parse(ReportKind.COST_PER_USER, "sim=89-47")).extracting("field").isEqualTo("sim");
        assertThatThrownBy(() -> parse(ReportKind.COST_PER_USER, "productGroup=FIXED")).extracting("field")
                .isEqualTo("productGroup");
        assertThatThrownBy(() -> parse(ReportKind.COST_PER_USER, "level=company")).extracting("field").isEqualTo("level");
        assertThat(parse(ReportKind.COST_PER_USER, "sort=total;drop table invoice").sort()).as("only a column key").isNull();
    }

    @Test
    void aTimePeriodIsReadAsWholeMonthsAndTheDaysAroundThem() {
        ResolvedPeriod.Split split = period("2026-01-15", "2026-04-10").split();
        assertThat(List.of(split.wholeFrom(), split.wholeTo())).containsExactly(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1));
        assertThat(List.of(split.headFrom(), split.headTo())).containsExactly(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 31));
        assertThat(List.of(split.tailFrom(), split.tailTo())).containsExactly(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 10));

        ResolvedPeriod.Split whole = period("2026-02-01", "2026-02-28").split();
        assertThat(List.of(whole.wholeFrom(), whole.wholeTo())).containsExactly(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1));
        assertThat(whole.headFrom()).isAfter(whole.headTo());
        assertThat(whole.tailFrom()).isAfter(whole.tailTo());

        ResolvedPeriod.Split within = period("2026-02-03", "2026-02-20").split();
        assertThat(within.wholeFrom()).isAfter(within.wholeTo());
        assertThat(List.of(within.headFrom(), within.headTo())).containsExactly(LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 20));
        assertThat(within.tailFrom()).isAfter(within.tailTo());

        ResolvedPeriod.Split twoHalves = period("2026-01-20", "2026-02-10").split();
        assertThat(twoHalves.wholeFrom()).isAfter(twoHalves.wholeTo());
        assertThat(List.of(twoHalves.headTo(), twoHalves.tailFrom())).containsExactly(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 1));
    }

    private static ResolvedPeriod period(String from, String to) {
        return new ResolvedPeriod(PeriodPreset.TIME, LocalDate.parse(from), LocalDate.parse(to), List.of());
    }

    private static ReportRequest parse(ReportKind kind, String query) {
        return ReportRequest.parse(kind, query(query));
    }

    /** A query as the servlet container reads it: split at {@code &} and {@code =}, then percent-decoded. */
    private static MultiValueMap<String, String> query(String query) {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                String[] parts = pair.split("=", 2);
                parameters.add(parts[0], URLDecoder.decode(parts.length > 1 ? parts[1] : "", StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }
}
