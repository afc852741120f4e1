package no.bedriftsportal.dashboard;

import java.math.BigDecimal;
import java.time.Duration;
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
import no.bedriftsportal.shared.NorwegianFormat;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Download;
import no.bedriftsportal.shared.excel.ExcelColumn;
import no.bedriftsportal.shared.excel.ExcelDownload;
import no.bedriftsportal.shared.excel.ExcelWorkbook;
import no.bedriftsportal.shared.web.PageContext;

/**
 * D4's own endpoints: the card for a new period, a country's top users for the card's panel, and
 * the table per country as an Excel file (in the audit log). The dashboard page renders the card through
 * {@link WorldCards} too.
 */
@Controller
class WorldController {

    private final WorldCards cards;
    private final CachedCards cached;
    private final AuditTrail audit;

    WorldController(WorldCards cards, CachedCards cached, AuditTrail audit) {
        this.cards = cards;
        this.cached = cached;
        this.audit = audit;
    }

    @GetMapping(WorldCard.PATH)
    String card(@AuthenticationPrincipal PortalPrincipal me, @ModelAttribute("page") PageContext page, Model model,
            @RequestParam(name = WorldCard.PARAMETER, required = false) String period) {
        model.addAttribute("card", cached.world(me, period, page));
        return "dashboard/world-card";
    }

    /** A country's top users; 404 for anything but two letters, and for a country the user's scope had no usage in. */
    @GetMapping(WorldCard.PATH + "/countries/{code}")
    String country(@AuthenticationPrincipal PortalPrincipal me, Model model, @PathVariable String code,
            @RequestParam(name = WorldCard.PARAMETER, required = false) String period) {
        model.addAttribute("country", cached.worldCountry(me, code, period)
                .orElseThrow(() -> new NotFoundException("Usage abroad in a country")));
        return "dashboard/world-users";
    }

    /**
     * The table per country, and every user country by country on a second sheet. Call time is
     * written in seconds as Excel's time ({@code [h]:mm:ss}), never rounded per row, so that both
     * sheets add up to the same time.
     */
    @GetMapping(WorldCard.PATH + ".xlsx")
    void excel(@AuthenticationPrincipal PortalPrincipal me, @ModelAttribute("page") PageContext page,
            @RequestParam(name = WorldCard.PARAMETER, required = false) String period, HttpServletResponse response) {
        WorldCard card = cards.card(me.scope(), period, page);
        Map<CountryUsage, List<UserCost>> users = cards.usersByCountry(me.scope(), card);
        audit.downloaded(Download.WORLD_EXCEL, NorwegianFormat.period(card.from(), card.to()));
        String filename = page.t("dashboard.world.filename") + "-" + card.from() + "-" + card.to() + ".xlsx";
        ExcelDownload.send(response, filename, workbook -> {
            ExcelWorkbook.Sheet countries = workbook.sheet(page.t("dashboard.world.title"), List.of(
                    ExcelColumn.text(page.t("dashboard.world.country"), 24), ExcelColumn.text(page.t("dashboard.world.code"), 8),
                    ExcelColumn.duration(page.t("dashboard.world.callTime")), ExcelColumn.integer(page.t("dashboard.unit.messages")),
                    ExcelColumn.decimal(page.t("dashboard.unit.megabytes")), ExcelColumn.money(page.t("dashboard.unit.kroner")),
                    ExcelColumn.count(page.t("dashboard.world.users"))));
            for (CountryUsage country : card.countries()) {
                countries.row(country.name(page.lang()), country.country(), Duration.ofSeconds(country.voiceSeconds()), country.messages(),
                        megabytes(country.bytes()), country.amount(), country.users());
            }
            countries.filter().totals(page.t("dashboard.world.sum"));
            ExcelWorkbook.Sheet perUser = workbook.sheet(page.t("dashboard.world.usersSheet"), List.of(
                    ExcelColumn.text(page.t("dashboard.world.country"), 24), ExcelColumn.text(page.t("dashboard.world.code"), 8),
                    ExcelColumn.text(page.t("dashboard.world.name"), 28), ExcelColumn.text(page.t("dashboard.world.department"), 20),
                    ExcelColumn.text(page.t("dashboard.world.number"), 14),
                    ExcelColumn.duration(page.t("dashboard.world.callTime")), ExcelColumn.integer(page.t("dashboard.unit.messages")),
                    ExcelColumn.decimal(page.t("dashboard.unit.megabytes")), ExcelColumn.money(page.t("dashboard.unit.kroner"))));
            users.forEach((country, list) -> {
                for (UserCost user : list) {
                    perUser.row(country.name(page.lang()), country.country(), user.name(), user.department(), page.msisdn(user.msisdn()),
                            Duration.ofSeconds(user.voiceSeconds()), user.messages(), megabytes(user.bytes()), user.amount());
                }
            });
            perUser.filter().totals(page.t("dashboard.world.sum"));
        });
    }

    /** Exact megabytes (10^6 bytes), which the sheet shows with up to three decimals. */
    private static BigDecimal megabytes(long bytes) {
        return BigDecimal.valueOf(bytes, 6);
    }
}
