package no.bedriftsportal.dashboard;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;

import no.bedriftsportal.shared.excel.ExcelColumn;
import no.bedriftsportal.shared.excel.ExcelWorkbook;
import no.bedriftsportal.shared.web.PageContext;

/**
 * D6/D7's user list as an Excel sheet: one row per user with the list's figures — call time as
 * Excel's time ({@code [h]:mm:ss}, never rounded per row), messages, exact MB, usage cost, the
 * month's fee, extra packages and the total ({@link TotalCost}) — and a totals row.
 */
final class UsersExcel {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM.yyyy");

    private UsersExcel() {
    }

    /** The users of a month, as the list finds them; this month's fee is the whole month's, as the next invoice carries it. */
    record Users(Period period, YearMonth month, List<UserCost> list) {
    }

    static void write(ExcelWorkbook workbook, PageContext page, Users found) {
        List<UserCost> users = found.list();
        ExcelWorkbook.Sheet sheet = workbook.sheet(page.t("dashboard.users.excel.sheet"), List.of(
                ExcelColumn.text(page.t("dashboard.users.column.NAME"), 28),
                ExcelColumn.text(page.t("dashboard.users.column.number"), 13),
                ExcelColumn.text(page.t("dashboard.users.customerNumber"), 12),
                ExcelColumn.text(page.t("dashboard.users.column.department"), 20),
                ExcelColumn.duration(page.t("dashboard.users.excel.callTime")),
                ExcelColumn.integer(page.t("dashboard.users.column.MESSAGES")),
                ExcelColumn.decimal(page.t("dashboard.users.excel.megabytes")),
                ExcelColumn.money(page.t("dashboard.users.column.COST")),
                ExcelColumn.money(page.t(found.period() == Period.THIS_MONTH ? "dashboard.users.fee.wholeMonth" : "dashboard.users.fee")),
                ExcelColumn.money(page.t("dashboard.users.extraPackages")),
                ExcelColumn.money(page.t("dashboard.users.column.TOTAL"))));
        for (UserCost user : users) {
            sheet.row(user.name() == null ? page.t("dashboard.users.noName") : user.name(), page.msisdn(user.msisdn()),
                    user.customerNumber(), user.department(), Duration.ofSeconds(user.voiceSeconds()), user.messages(),
                    BigDecimal.valueOf(user.bytes(), 6), user.amount(), user.fee(), user.extraPackages(), user.total());
        }
        sheet.filter().totals(page.t("dashboard.users.excel.total"));
    }
}
