package no.bedriftsportal.isolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import no.bedriftsportal.PortalHttpClient.Download;
import no.bedriftsportal.isolation.Marker.Reach;
import no.bedriftsportal.shared.api.ApiScope;

/**
 * Judges one attacker's answers: no marker it must not read (unless the request itself carried
 * it), no server error, and the refusal each door owes this attacker — 401 on the operator API and
 * on the company API without a valid token, 403 there for a scope the token lacks, the login page for an anonymous client, 403 on the settings for a plain user and on a module not
 * granted.
 */
final class RouteVerdicts {

    private final Attacker attacker;
    private final List<Marker> markers;
    private final List<String> failures = new ArrayList<>();

    RouteVerdicts(Attacker attacker, List<Marker> markers) {
        this.attacker = attacker;
        this.markers = markers;
    }

    void judge(RouteCall call, Download answer) {
        Area area = call.area();
        String text = ResponseText.of(answer);
        Set<Reach> forbidden = attacker.mustNotRead(area);
        for (Marker marker : markers) {
            if (forbidden.contains(marker.reach()) && !marker.echoedFrom(call.requestText()) && marker.foundIn(text)) {
                failures.add(call + ": " + answer.status() + " carries the victim's " + marker.what());
            }
        }
        if (answer.status() >= 500 && !(answer.status() == 500 && call.serverErrorBecause() != null)) {
            failures.add(call + ": " + answer.status());
        }
        String refusal = refusalOwed(call, area);
        if (refusal != null && !refused(answer, refusal)) {
            failures.add(call + ": " + answer.status() + " where " + refusal + " was owed");
        }
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    private String refusalOwed(RouteCall call, Area area) {
        if (area == Area.OPERATOR_API) {
            return "401";
        }
        if (area == Area.COMPANY_API) {
            if (attacker == Attacker.ANONYMOUS || attacker == Attacker.WRONG_OPERATOR_TOKEN) {
                return "401";
            }
            boolean beyondDashboard = ApiScope.requiredFor(call.method(), call.path().split("\\?")[0])
                    .filter(scope -> scope != ApiScope.DASHBOARD_READ).isPresent();
            if (attacker == Attacker.EMPLOYEE || attacker == Attacker.OPERATOR_STAFF) {
                return "401"; // an employee's or a member of staff's session opens no company API
            }
            return attacker == Attacker.WITHOUT_MODULE && beyondDashboard ? "403" : null;
        }
        if (attacker == Attacker.ANONYMOUS && !call.forAnyone()) {
            return "302 to the login page";
        }
        String path = call.path().split("\\?")[0];
        boolean staffPage = path.equals("/staff") || path.startsWith("/staff/");
        if (attacker == Attacker.OPERATOR_STAFF && !call.forAnyone()) {
            // staff reach their own pages only: the logo's page leads them to the queue, every company page refuses them (#17.4)
            return "GET".equals(call.method()) && path.equals("/") ? "302 to their own page" : staffPage ? null : "403";
        }
        if (staffPage && attacker.signedIn()) {
            return "403"; // the operator staff's pages refuse every company user and employee (#17.4)
        }
        if (attacker == Attacker.EMPLOYEE && "GET".equals(call.method()) && call.path().split("\\?")[0].equals("/")) {
            return "302 to their own page"; // the logo's page leads an employee to their own
        }
        if (attacker == Attacker.EMPLOYEE && area != Area.OTHER && !call.forAnyone()) {
            return "403"; // the administration's pages are closed to an employee (#15.1)
        }
        boolean plainUser = attacker == Attacker.OTHER_CUSTOMER_NUMBER || attacker == Attacker.WITHOUT_MODULE;
        if (area == Area.SETTINGS && plainUser
                || (area == Area.INVOICES || area == Area.INVOICE_CONTROL || area == Area.REPORTS || area == Area.EQUIPMENT
                        || area == Area.INSIGHTS)
                        && attacker == Attacker.WITHOUT_MODULE) {
            return "403";
        }
        return null;
    }

    private boolean refused(Download answer, String refusal) {
        return switch (refusal) {
            case "401" -> answer.status() == 401;
            case "403" -> answer.status() == 403;
            case "302 to their own page" -> answer.status() == 302 && attacker.home().equals(answer.header("Location"));
            default -> answer.status() == 302 && answer.header("Location") != null && answer.header("Location").endsWith("/login");
        };
    }
}
