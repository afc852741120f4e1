package no.bedriftsportal.dashboard;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import no.bedriftsportal.identity.PortalPrincipal;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Download;
import no.bedriftsportal.shared.audit.PersonView;
import no.bedriftsportal.shared.excel.ExcelColumn;
import no.bedriftsportal.shared.excel.ExcelDownload;
import no.bedriftsportal.shared.excel.ExcelWorkbook;
import no.bedriftsportal.shared.web.PageContext;

/**
 * D5 "Mobile data and data packages" on its own, for htmx: the card for a new month, a page of
 * the filtered user list, one user's extra packages, and the list as an Excel file. Each takes the
 * month as the request parameter {@code data} and the list's filter as the list form sends it.
 * Opening a user's packages and the Excel file are in the audit log.
 */
@Controller
class DataController {

    static final String DATA = "data";
    static final String CARD = "/dashboard/data";
    static final String USERS = "/dashboard/data/users";
    static final String EXCEL = "/dashboard/data.xlsx";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM.yyyy");

    private final DataCards cards;
    private final CachedCards cached;
    private final DataPackages data;
    private final AuditTrail audit;

    DataController(DataCards cards, CachedCards cached, DataPackages data, AuditTrail audit) {
        this.cards = cards;
        this.cached = cached;
        this.data = data;
        this.audit = audit;
    }

    /** The card for a month, keeping the list's filter (the period form sends it along). */
    @GetMapping(CARD)
    String card(@AuthenticationPrincipal PortalPrincipal me, @ModelAttribute("page") PageContext page, Model model,
            @RequestParam(name = DATA, required = false) String period, @RequestParam Map<String, String> parameters) {
        model.addAttribute("card", cached.data(me, period, DataFilter.of(parameters), page));
        return "dashboard/data-card";
    }

    /** A page of the user list as the filter asks, and the ⋮ menu's Excel link for the same filter (out of band). */
    @GetMapping(USERS)
    String users(@AuthenticationPrincipal PortalPrincipal me, Model model,
            @RequestParam(name = DATA, required = false) String period,
            @RequestParam(name = "page", required = false, defaultValue = "0") String pageNumber,
            @RequestParam Map<String, String> parameters) {
        model.addAttribute("list", cached.dataList(me, Period.parse(period, Period.MONTHLY), DataFilter.of(parameters),
                pageNumber(pageNumber)));
        model.addAttribute("outOfBand", true);
        return "dashboard/data-users";
    }

    /** One user's package and the extra packages bought in the month; 404 outside the user's scope or without a package. */
    @GetMapping(USERS + "/{subscriptionId}")
    String user(@AuthenticationPrincipal PortalPrincipal me, Model model, @PathVariable long subscriptionId,
            @RequestParam(name = DATA, required = false) String period) {
        Period chosen = Period.parse(period, Period.MONTHLY);
        DataUser user = data.user(me.scope(), cards.month(chosen), subscriptionId)
                .orElseThrow(() -> new NotFoundException("subscription " + subscriptionId));
        audit.viewedPerson(PersonView.DATA_PANEL, user.msisdn(), user.name());
        model.addAttribute("user", user);
        model.addAttribute("month", cards.month(chosen));
        model.addAttribute("planName", DataCard.Choice.labelOf(data.plans(), user.planCode()));
        return "dashboard/data-user";
    }

    /** The list (as filtered) and its extra packages, each in a sheet with a filter, as an Excel file. */
    @GetMapping(EXCEL)
    void excel(@AuthenticationPrincipal PortalPrincipal me, @ModelAttribute("page") PageContext page, HttpServletResponse response,
            @RequestParam(name = DATA, required = false) String period, @RequestParam Map<String, String> parameters) {
        YearMonth month = cards.month(Period.parse(period, Period.MONTHLY));
        List<DataUser> users = data.users(me.scope(), month, DataFilter.of(parameters));
        List<DataCard.Choice> plans = data.plans();
        audit.downloaded(Download.DATA_EXCEL, MONTH.format(month));
        ExcelDownload.send(response, "mobildata-" + month + ".xlsx", workbook -> {
            writeUsers(workbook, page, users, plans);
            writeExtraPackages(workbook, page, users);
        });
    }

    private static void writeUsers(ExcelWorkbook workbook, PageContext page, List<DataUser> users, List<DataCard.Choice> plans) {
        ExcelWorkbook.Sheet sheet = workbook.sheet(page.t("dashboard.data.excel.users"), userColumns(page,
                ExcelColumn.text(page.t("dashboard.data.column.plan"), 22),
                ExcelColumn.integer(page.t("dashboard.data.excel.packageMb")),
                ExcelColumn.decimal(page.t("dashboard.data.excel.withinPackageMb")),
                ExcelColumn.decimal(page.t("dashboard.data.excel.withinExtraPackageMb")),
                ExcelColumn.decimal(page.t("dashboard.data.excel.outsidePackageMb")),
                ExcelColumn.decimal(page.t("dashboard.data.excel.usedMb.total")),
                ExcelColumn.decimal(page.t("dashboard.data.excel.blockedMb")),
                ExcelColumn.percent(page.t("dashboard.data.column.percent")),
                ExcelColumn.text(page.t("dashboard.data.column.extra"), 12)));
        for (DataUser user : users) {
            sheet.row(nameOf(user), page.msisdn(user.msisdn()), user.department(), DataCard.Choice.labelOf(plans, user.planCode()),
                    user.packageBytes() / 1_000_000, megabytes(user.bytesPackage()), megabytes(user.bytesExtraPackage()),
                    megabytes(user.bytesOutside()), megabytes(user.totalBytes()), megabytes(user.bytesBlocked()),
                    user.percentOfPackage(),
                    page.t(user.boughtExtra() ? "dashboard.data.yes" : "dashboard.data.no"));
        }
        sheet.filter().totals(page.t("dashboard.data.excel.total"));
    }

    private static void writeExtraPackages(ExcelWorkbook workbook, PageContext page, List<DataUser> users) {
        ExcelWorkbook.Sheet sheet = workbook.sheet(page.t("dashboard.data.excel.extraPackages"), userColumns(page,
                ExcelColumn.text(page.t("dashboard.data.excel.extraPackage"), 24),
                ExcelColumn.dateTime(page.t("dashboard.data.boughtAt")),
                ExcelColumn.text(page.t("dashboard.data.payer"), 16),
                ExcelColumn.integer(page.t("dashboard.data.excel.sizeMb")),
                ExcelColumn.decimal(page.t("dashboard.data.excel.usedMb")),
                ExcelColumn.percent(page.t("dashboard.data.percentUsed"))));
        for (DataUser user : users) {
            for (DataUser.ExtraPackageBought extra : user.extraPackages()) {
                sheet.row(nameOf(user), page.msisdn(user.msisdn()), user.department(), extra.name(), extra.boughtAt(),
                        page.t("dashboard.data.payer." + extra.payer()), extra.sizeBytes() / 1_000_000,
                        megabytes(extra.usedBytes()), extra.percentUsed());
            }
        }
        sheet.filter().totals(page.t("dashboard.data.excel.total"));
    }

    /** Who a row is about — name, number, department — first in both sheets, then {@code more}. */
    private static List<ExcelColumn> userColumns(PageContext page, ExcelColumn... more) {
        List<ExcelColumn> columns = new ArrayList<>(List.of(ExcelColumn.text(page.t("dashboard.data.column.name"), 28),
                ExcelColumn.text(page.t("dashboard.data.column.number"), 13),
                ExcelColumn.text(page.t("dashboard.data.column.department"), 20)));
        columns.addAll(List.of(more));
        return columns;
    }

    private static String nameOf(DataUser user) {
        return user.name() == null ? "" : user.name();
    }

    /** Bytes as MB, exactly (MB are 10^6 bytes, as the price list counts them). */
    private static BigDecimal megabytes(long bytes) {
        return BigDecimal.valueOf(bytes, 6);
    }

    private static int pageNumber(String value) {
        try {
            return Math.max(0, Math.min(100_000, Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
