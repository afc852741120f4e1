package no.bedriftsportal.isolation;

import static no.bedriftsportal.isolation.RouteCall.form;
import static no.bedriftsportal.isolation.RouteCall.get;
import static no.bedriftsportal.isolation.RouteCall.json;
import static no.bedriftsportal.isolation.RouteCall.upload;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Every route of the application (method and pattern, as the handler mappings list them) and how
 * to call it with the victim's data. A route the application has and this table does not fails
 * {@link RouteIsolationIntegrationTest}: add one line here, filling each path variable, parameter
 * and body from {@link Victim}; say with {@code answers()} or {@code attackersOnly()} when the
 * victim's own call shows nothing marked or must not be made.
 */
final class KnownRoutes {

    /** Routes of the demo profile only: they must not exist in any other profile (the tests run without it). */
    static final Set<String> DEMO_ONLY = Set.of("GET /dev/sms-outbox", "GET /dev/sms", "GET /dev/mail-outbox", "GET /dev/mail",
            "GET /dev/gallery");

    /** The API description, served in the demo only (#11.1): outside it, no route and nothing served. */
    static final Set<String> API_DESCRIPTION = Set.of("GET /v3/api-docs",
            "GET /v3/api-docs.yaml",
            "GET /v3/api-docs/swagger-config",
            "GET /swagger-ui.html",
            "GET /swagger-ui/**",
            "GET /swagger-ui/*swagger-initializer.js",
            "GET /webjars/*swagger-ui/**",
            "GET /webjars/*swagger-ui/*swagger-initializer.js",
            "GET /webjars/*swagger-ui/5.32.2/*swagger-initializer.js");

    private static final String API = "/api/operator";
    private static final Map<String, Function<Victim, RouteCall>> ROUTES = new LinkedHashMap<>();

    static {
        // the portal: the dashboard (D1–D7)
        route("GET /", v -> get("/?users=THIS_MONTH&data=THIS_MONTH&world=DAYS_30"));
        route("GET /dashboard/subscriptions", v -> get("/dashboard/subscriptions?subscriptions=DAYS_30").answers());
        route("GET /dashboard/costs", v -> get("/dashboard/costs?costs=12").answers());
        route("GET /dashboard/users", v -> get("/dashboard/users?users=THIS_MONTH"));
        route("GET /dashboard/users/list", v -> get("/dashboard/users/list?users=THIS_MONTH&userSearch=Vilde"));
        route("GET /dashboard/users/{subscriptionId}", v -> get("/dashboard/users/" + v.subscriptionId() + "?users=THIS_MONTH"));
        route("GET /dashboard/users.xlsx", v -> get("/dashboard/users.xlsx?users=THIS_MONTH"));
        route("GET /dashboard/data", v -> get("/dashboard/data?data=THIS_MONTH"));
        route("GET /dashboard/data/users", v -> get("/dashboard/data/users?data=THIS_MONTH&name=Lekkasjesen"));
        route("GET /dashboard/data/users/{subscriptionId}", v -> get("/dashboard/data/users/" + v.subscriptionId() + "?data=THIS_MONTH"));
        route("GET /dashboard/data.xlsx", v -> get("/dashboard/data.xlsx?data=THIS_MONTH"));
        route("GET /dashboard/world", v -> get("/dashboard/world?world=DAYS_30").answers());
        route("GET /dashboard/world/countries/{code}", v -> get("/dashboard/world/countries/" + v.country() + "?world=DAYS_30"));
        route("GET /dashboard/world.xlsx", v -> get("/dashboard/world.xlsx?world=DAYS_30"));
        // reports (#16): the victim's users, numbers and invoices in a report, its files, and an invoice period of its invoice
        route("GET /reports", v -> get("/reports").answers());
        route("GET /reports/{code}", v -> get("/reports/cost-per-user?level=user&period=invoice&invoice=" + v.invoice().number()));
        route("GET /reports/{code}.xlsx", v -> get("/reports/usage-per-user.xlsx?level=user&period=last-12-months"));
        route("GET /reports/{code}.csv", v -> get("/reports/subscriptions.csv?level=user&period=this-month"));
        route("GET /reports/{code}.pdf", v -> get("/reports/cost-per-user.pdf?level=user&period=last-12-months"));
        // the employee's own side (#15): the victim's subscription and purchases through an employee's door
        route("GET /me", v -> get("/me?period=THIS_MONTH&subscription=" + v.subscriptionId()).attackersOnly());
        route("GET /me/content", v -> get("/me/content?month=" + v.invoicedMonth()).attackersOnly());
        route("POST /me/content", v -> form("POST", "/me/content", Map.of("month", v.usageDay().toString().substring(0, 7),
                "all", "WORK")).attackersOnly());
        route("GET /me/calls", v -> get("/me/calls?subscription=" + v.subscriptionId()).attackersOnly());
        route("GET /me/data", v -> get("/me/data?subscription=" + v.subscriptionId()).attackersOnly());
        route("POST /me/data/salary", v -> form("POST", "/me/data/salary", Map.of("subscription", String.valueOf(v.subscriptionId()),
                "code", "EXTRA_1")).attackersOnly());
        route("POST /me/data/vipps", v -> form("POST", "/me/data/vipps", Map.of("subscription", String.valueOf(v.subscriptionId()),
                "code", "EXTRA_1")).attackersOnly());
        route("GET /me/data/vipps/go", v -> get("/me/data/vipps/go?reference=bp-" + v.company().id() + "-0000").attackersOnly());
        route("GET /me/data/vipps", v -> get("/me/data/vipps?reference=bp-" + v.company().id() + "-0000").attackersOnly());
        route("POST /switch-side", v -> form("POST", "/switch-side", Map.of("to", "ADMINISTRATOR")).attackersOnly());
        // the portal: invoices (F1–F3)
        route("GET /invoices", v -> get("/invoices?customerNumber=" + v.customerNumber()));
        route("GET /invoices/export.xlsx", v -> get("/invoices/export.xlsx?customerNumber=" + v.customerNumber()));
        route("GET /invoices/export.csv", v -> get("/invoices/export.csv?customerNumber=" + v.customerNumber()));
        route("GET /invoices/{id}", v -> get("/invoices/" + v.invoice().id()));
        route("GET /invoices/{id}/pdf", v -> get("/invoices/" + v.invoice().id() + "/pdf"));
        route("GET /invoices/{id}/ehf", v -> get("/invoices/" + v.invoice().id() + "/ehf"));
        // the portal: invoice control (#14, IC1–IC7); one line per route, grouped by page
        route("GET /invoice-control", v -> get("/invoice-control").answers());
        route("GET /invoice-control/profiles", v -> get("/invoice-control/profiles"));
        route("GET /invoice-control/profiles/new", v -> get("/invoice-control/profiles/new").answers());
        route("POST /invoice-control/profiles", v -> form("POST", "/invoice-control/profiles", Map.of("name", "Kapret profil",
                "contentRule", "BENEFIT", "freeAmount", "0")));
        route("GET /invoice-control/profiles/{id}", v -> get("/invoice-control/profiles/" + v.profileId()));
        route("POST /invoice-control/profiles/{id}", v -> form("POST", "/invoice-control/profiles/" + v.profileId(),
                Map.of("name", "Kapret", "contentRule", "DEDUCT_ALL_PRIVATE", "freeAmount", "0")));
        route("POST /invoice-control/profiles/{id}/copy", v -> form("POST", "/invoice-control/profiles/" + v.profileId() + "/copy",
                Map.of()));
        route("GET /invoice-control/settings", v -> get("/invoice-control/settings"));
        route("POST /invoice-control/settings", v -> form("POST", "/invoice-control/settings", Map.of("contentDeadlineDay", "13",
                "unclassifiedAs", "WORK", "closedDays", "01.04")));
        route("POST /invoice-control/profiles/{id}/delete", v -> form("POST", "/invoice-control/profiles/" + v.profileId()
                + "/delete", Map.of()));
        route("GET /invoice-control/results", v -> get("/invoice-control/results?month=" + v.invoicedMonth()).answers());
        route("GET /invoice-control/results/{month:\\d{4}-\\d{2}}/employees/{employeeId:\\d+}",
                v -> get("/invoice-control/results/" + v.invoicedMonth() + "/employees/" + v.employeeId()));
        route("GET /invoice-control/results/{month:\\d{4}-\\d{2}}/excel",
                v -> get("/invoice-control/results/" + v.invoicedMonth() + "/excel").answers());
        route("GET /invoice-control/results/{month:\\d{4}-\\d{2}}/payroll",
                v -> get("/invoice-control/results/" + v.invoicedMonth() + "/payroll?format=CSV").answers());
        route("GET /invoice-control/users", v -> get("/invoice-control/users?customerNumber=" + v.customerNumber() + "&choice=NEW"));
        route("POST /invoice-control/users/bulk", v -> form("POST", "/invoice-control/users/bulk", Map.of("action", "REMOVE_PROFILE",
                "subscriptionIds", v.subscriptionId())));
        // the send log (#15.4): the whole company's, so for users with every customer number only
        route("GET /invoice-control/notices", v -> get("/invoice-control/notices?month=" + v.invoicedMonth()).answers());
        route("POST /invoice-control/notices/free-text", v -> form("POST", "/invoice-control/notices/free-text",
                Map.of("freeText", "Kapret tekst", "month", v.invoicedMonth().toString())).attackersOnly());
        route("POST /invoice-control/notices/channels", v -> form("POST", "/invoice-control/notices/channels",
                Map.of("employeeId", String.valueOf(v.employeeId()), "sms", "false", "month", v.invoicedMonth().toString())).attackersOnly());
        route("POST /invoice-control/notices/{month}/reminders", v -> form("POST", "/invoice-control/notices/" + v.invoicedMonth()
                + "/reminders", Map.of()).attackersOnly());
        route("GET /n/{token}", v -> get("/n/eyJ4IjoxfQ.AAAAAAAAAAAAAAAAAAAAAA").open().attackersOnly());
        route("GET /invoice-control/send-log", v -> get("/invoice-control/send-log?channel=SMS"));
        route("GET /invoice-control/send-log.xlsx", v -> get("/invoice-control/send-log.xlsx?channel=SMS"));
        route("GET /invoice-control/employees/{employeeId:\\d+}", v -> get("/invoice-control/employees/" + v.employeeId()
                + "?month=" + java.time.YearMonth.from(v.usageDay())));
        route("POST /invoice-control/employees/{employeeId:\\d+}", v -> form("POST", "/invoice-control/employees/" + v.employeeId(),
                Map.of("employeeNumber", "KAPRET", "payType", "6666")));
        route("POST /invoice-control/employees/{employeeId:\\d+}/agreement", v -> upload("/invoice-control/employees/" + v.employeeId()
                + "/agreement", "avtale.pdf", "%PDF-1.4 kapret"));
        route("POST /invoice-control/employees/{employeeId:\\d+}/agreement/delete", v -> form("POST", "/invoice-control/employees/"
                + v.employeeId() + "/agreement/delete", Map.of()));
        route("POST /invoice-control/employees/{employeeId:\\d+}/agreement/file/delete", v -> form("POST",
                "/invoice-control/employees/" + v.employeeId() + "/agreement/file/delete", Map.of()));
        // the victim has no agreement on file (its own call would answer 404); the employee is the victim's all the same
        route("GET /invoice-control/employees/{employeeId:\\d+}/agreement/file", v -> get("/invoice-control/employees/"
                + v.employeeId() + "/agreement/file").attackersOnly());
        route("POST /invoice-control/employees/{employeeId:\\d+}/opening-balances", v -> form("POST", "/invoice-control/employees/"
                + v.employeeId() + "/opening-balances", Map.of("year", String.valueOf(v.usageDay().getYear()), "amount", "999")));
        route("POST /invoice-control/employees/{employeeId:\\d+}/data-control", v -> form("POST", "/invoice-control/employees/"
                + v.employeeId() + "/data-control", Map.of("subscriptionId", v.subscriptionId(), "enabled", "true")));
        route("POST /invoice-control/employees/{employeeId:\\d+}/profile", v -> form("POST", "/invoice-control/employees/"
                + v.employeeId() + "/profile", Map.of("subscriptionId", v.subscriptionId(), "choice", "NO_PROFILE")));
        route("POST /invoice-control/employees/{employeeId:\\d+}/classifications", v -> form("POST", "/invoice-control/employees/"
                + v.employeeId() + "/classifications", Map.of("cdrId", "x", "piece", 0, "classification", "WORK",
                "month", java.time.YearMonth.from(v.usageDay()).toString())));
        // the portal: saved reports, sending and schedules (#16.6); the saved report is the victim super user's own
        route("GET /reports/saved", v -> get("/reports/saved"));
        route("GET /reports/saved/{id}/schedule", v -> get("/reports/saved/" + v.savedReportId() + "/schedule"));
        route("POST /reports/saved/{id}/rename", v -> form("POST", "/reports/saved/" + v.savedReportId() + "/rename",
                Map.of("name", "Kapret")).attackersOnly());
        route("POST /reports/saved/{id}/delete", v -> form("POST", "/reports/saved/" + v.savedReportId() + "/delete", Map.of())
                .attackersOnly());
        route("POST /reports/saved/{id}/schedule", v -> form("POST", "/reports/saved/" + v.savedReportId() + "/schedule",
                Map.of("cadence", "WEEKLY", "weekday", "1", "timeOfDay", "07:00", "format", "CSV", "recipients", "kapret@kapret.test"))
                .attackersOnly());
        route("POST /reports/saved/{id}/schedule/switch", v -> form("POST", "/reports/saved/" + v.savedReportId()
                + "/schedule/switch", Map.of("on", "false")).attackersOnly());
        route("POST /reports/saved/{id}/schedule/delete", v -> form("POST", "/reports/saved/" + v.savedReportId()
                + "/schedule/delete", Map.of()).attackersOnly());
        route("POST /reports/domains", v -> form("POST", "/reports/domains", Map.of("domains", "kapret.test")).attackersOnly());
        route("POST /reports/{code}/save", v -> form("POST", "/reports/subscriptions/save", Map.of("name", "Kapret",
                "query", "level=user&account=" + v.customerAccountId())).attackersOnly());
        route("POST /reports/{code}/send", v -> form("POST", "/reports/subscriptions/send", Map.of("recipients",
                "kapret@kapret.test", "query", "level=user&account=" + v.customerAccountId())).attackersOnly());
        route("POST /reports/{code}/schedule", v -> form("POST", "/reports/subscriptions/schedule", Map.of("name", "Kapret",
                "query", "level=user&account=" + v.customerAccountId(), "cadence", "AFTER_INVOICE", "timeOfDay", "07:00",
                "recipients", "kapret@kapret.test")).attackersOnly());
        // the portal: settings (S1, S3)
        route("GET /settings/access", v -> get("/settings/access"));
        route("GET /settings/access/new", v -> get("/settings/access/new"));
        route("POST /settings/access", v -> form("POST", "/settings/access", Map.of("msisdn", v.person().national(),
                "role", "SUPER_USER", "customerAccounts", v.customerAccountId())));
        route("GET /settings/access/{id}", v -> get("/settings/access/" + v.personUserId()));
        route("POST /settings/access/{id}", v -> form("POST", "/settings/access/" + v.personUserId(), Map.of("role", "SUPER_USER")));
        route("POST /settings/access/{id}/delete", v -> form("POST", "/settings/access/" + v.personUserId() + "/delete", Map.of()));
        route("GET /settings/audit", v -> get("/settings/audit?action=USER_GRANTED&person=" + v.person().national()));
        route("GET /settings/audit.xlsx", v -> get("/settings/audit.xlsx?person=" + v.person().national()));
        // the portal: company settings (S2, #17.5); changes by the attacker only, with the victim's customer number
        route("GET /settings/company", v -> get("/settings/company"));
        route("POST /settings/company/details", v -> form("POST", "/settings/company/details", Map.of("addressLine", "Kapret 1",
                "postalCode", "0666")).attackersOnly());
        route("POST /settings/company/departments/{number}", v -> form("POST", "/settings/company/departments/" + v.customerNumber(),
                Map.of("name", "Kapret")).attackersOnly());
        route("POST /settings/company/working-hours", v -> form("POST", "/settings/company/working-hours", Map.of("open-MONDAY", "true",
                "from-MONDAY", "06:00", "to-MONDAY", "07:00")).attackersOnly());
        route("POST /settings/company/notification-email", v -> form("POST", "/settings/company/notification-email",
                Map.of("notificationEmail", "kapret@kapret.test")).attackersOnly());
        route("POST /settings/company/language", v -> form("POST", "/settings/company/language", Map.of("language", "en")).attackersOnly());
        route("POST /settings/company/payment-terms", v -> form("POST", "/settings/company/payment-terms",
                Map.of("paymentTermsDays", "30")).attackersOnly());
        route("POST /settings/company/replacement-age", v -> form("POST", "/settings/company/replacement-age",
                Map.of("replacementAgeMonths", "6")).attackersOnly());
        route("GET /settings/api", v -> get("/settings/api"));
        route("POST /settings/api", v -> form("POST", "/settings/api", Map.of("name", "Kapret", "scopes", "access:read",
                "accounts", "all")));
        route("POST /settings/api/{id}/revoke", v -> form("POST", "/settings/api/" + v.apiTokenId() + "/revoke", Map.of()));
        route("GET /settings/api/documentation", v -> get("/settings/api/documentation").answers());
        route("GET /settings/api/openapi.json", v -> get("/settings/api/openapi.json").answers());
        // the login (G1)
        // the order form and its status page (#17.4, G1): public. The look-up shows a customer's name and address by its
        // organisation number by design (ADR 0026: Brønnøysund's public facts, rate limited), so these calls name a number
        // that is no customer here rather than the victim's
        route("GET /order", v -> get("/order").answers().open());
        route("POST /order", v -> form("POST", "/order", Map.of("orgNumber", "923609016", "contactName", "Kapret",
                "contactEmail", "kapret@example.com", "contactPhone", "40000099", "admin", v.person().national(),
                "signerName", "Kapret", "signerRole", "Daglig leder", "consent", "true")).open().attackersOnly());
        route("GET /order/lookup", v -> get("/order/lookup?orgNumber=923609016").answers().open());
        route("GET /order/status/{token}", v -> get("/order/status/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").open().attackersOnly());
        // the operator staff's queue (#17.4): only ROLE_OPERATOR_STAFF; every company user and employee is refused
        route("GET /staff/orders", v -> get("/staff/orders").attackersOnly());
        route("POST /staff/orders/{orderId:\\d+}/approve", v -> form("POST", "/staff/orders/1/approve", Map.of()).attackersOnly());
        route("POST /staff/orders/{orderId:\\d+}/reject", v -> form("POST", "/staff/orders/1/reject",
                Map.of("reason", "Kapret")).attackersOnly());
        route("GET /login", v -> get("/login").answers().open());
        route("POST /login", v -> form("POST", "/login", Map.of("msisdn", v.person().national())).open());
        route("GET /login/code", v -> get("/login/code").answers().open().after(v.person().national()));
        route("POST /login/code", v -> form("POST", "/login/code", Map.of("code", "000000")).open().after(v.person().national()));
        // Vipps' webhooks (ADR 0018): open to anyone, but only a request signed with the webhook secret counts (401 else)
        route("POST /webhooks/vipps", v -> json("POST", "/webhooks/vipps", "{\"reference\":\"bp-1-kapret\",\"name\":\"AUTHORIZED\"}")
                .attackersOnly().open());
        // Spring Boot, the actuator, the API description and static files: no company data
        route("ANY /error", v -> get("/error").answers().open().serverError("Spring Boot's error page called directly has no error to show"));
        route("GET /actuator", v -> get("/actuator").answers());
        route("GET /actuator/health", v -> get("/actuator/health").answers().open());
        route("GET /actuator/health/**", v -> get("/actuator/health/cdr-spool").answers().open());
        route("GET /actuator/info", v -> get("/actuator/info").answers().open());
        route("GET /webjars/**", v -> get("/webjars/htmx.org/dist/htmx.min.js").answers().open());
        route("GET /**", v -> get("/css/portal.css").answers().open());
        // the company API (#13): each attacker with its own token (Attacker.apiToken())
        route("GET /api/v1/company", v -> get("/api/v1/company"));
        route("GET /api/v1/customer-accounts", v -> get("/api/v1/customer-accounts"));
        route("GET /api/v1/subscriptions", v -> get("/api/v1/subscriptions"));
        route("GET /api/v1/subscriptions/{id}", v -> get("/api/v1/subscriptions/" + v.subscriptionId()));
        route("GET /api/v1/employees", v -> get("/api/v1/employees"));
        route("GET /api/v1/employees/{id}", v -> get("/api/v1/employees/" + v.employeeId()));
        route("GET /api/v1/usage", v -> get("/api/v1/usage?from=" + java.time.YearMonth.from(v.usageDay()).minusMonths(1) + "&to="
                + java.time.YearMonth.from(v.usageDay())));
        route("GET /api/v1/portal-users", v -> get("/api/v1/portal-users"));
        route("GET /api/v1/invoices", v -> get("/api/v1/invoices"));
        route("GET /api/v1/invoices/{id:\\d+}", v -> get("/api/v1/invoices/" + v.invoice().id()));
        route("GET /api/v1/invoices/{id:\\d+}/pdf", v -> get("/api/v1/invoices/" + v.invoice().id() + "/pdf"));
        route("GET /api/v1/invoices/{id:\\d+}/ehf", v -> get("/api/v1/invoices/" + v.invoice().id() + "/ehf"));
        route("GET /api/v1/payments", v -> get("/api/v1/payments").answers()); // the victim has no payment; InvoiceApiIntegrationTest pages real ones across tokens
        route("GET /api/v1/invoice-control/results", v -> get("/api/v1/invoice-control/results?month=" + v.invoicedMonth()).answers());
        route("GET /api/v1/invoice-control/results/{month}/employees/{employeeId}",
                v -> get("/api/v1/invoice-control/results/" + v.invoicedMonth() + "/employees/" + v.employeeId()));
        // the victim's month may still be preliminary (a 409, e.g. minutes into a new month): attackers only
        route("GET /api/v1/invoice-control/results/{month}/payroll",
                v -> get("/api/v1/invoice-control/results/" + v.invoicedMonth() + "/payroll?format=CSV").attackersOnly());
        route("GET /api/v1/invoice-control/notices", v -> get("/api/v1/invoice-control/notices?month=" + v.invoicedMonth()).answers());
        route("PUT /api/v1/invoice-control/notices/free-text", v -> json("PUT", "/api/v1/invoice-control/notices/free-text",
                "{\"freeText\": \"Kapret\"}").attackersOnly());
        route("PUT /api/v1/invoice-control/employees/{employeeId}/notice-channels", v -> json("PUT",
                "/api/v1/invoice-control/employees/" + v.employeeId() + "/notice-channels", "{\"sms\": false, \"email\": false}")
                .attackersOnly());
        route("POST /api/v1/invoice-control/notices/{month}/reminders", v -> json("POST", "/api/v1/invoice-control/notices/"
                + v.invoicedMonth() + "/reminders", "{}").attackersOnly());
        route("GET /api/v1/invoice-control/send-log", v -> get("/api/v1/invoice-control/send-log?channel=SMS"));
        route("GET /api/v1/reports", v -> get("/api/v1/reports").answers());
        route("GET /api/v1/reports/{code}", v -> get("/api/v1/reports/cost-per-user?level=user&period=invoice&invoice="
                + v.invoice().number()));
        route("GET /api/v1/reports/{code}.xlsx", v -> get("/api/v1/reports/usage-per-user.xlsx?level=user&period=last-12-months"));
        route("GET /api/v1/reports/{code}.csv", v -> get("/api/v1/reports/subscriptions.csv?level=user&period=this-month"));
        route("GET /api/v1/reports/{code}.pdf", v -> get("/api/v1/reports/cost-per-user.pdf?level=user&period=last-12-months"));
        route("GET /api/v1/openapi.json", v -> get("/api/v1/openapi.json").answers());
        // the victim's profile may have been renamed by an attacker of its own company (allowed): the list shows no marker then
        route("GET /api/v1/invoice-control/profiles", v -> get("/api/v1/invoice-control/profiles").answers());
        route("POST /api/v1/invoice-control/profiles", v -> json("POST", "/api/v1/invoice-control/profiles",
                "{\"name\":\"Kapret API\",\"contentRule\":\"BENEFIT\"}"));
        route("GET /api/v1/invoice-control/profiles/{id:\\d+}", v -> get("/api/v1/invoice-control/profiles/" + v.profileId()));
        route("PUT /api/v1/invoice-control/profiles/{id:\\d+}", v -> json("PUT", "/api/v1/invoice-control/profiles/" + v.profileId(),
                "{\"name\":\"Kapret\",\"contentRule\":\"DEDUCT_ALL_PRIVATE\"}"));
        route("DELETE /api/v1/invoice-control/profiles/{id:\\d+}", v -> json("DELETE", "/api/v1/invoice-control/profiles/"
                + v.profileId(), ""));
        route("POST /api/v1/invoice-control/profiles/{id:\\d+}/copy", v -> json("POST", "/api/v1/invoice-control/profiles/"
                + v.profileId() + "/copy", "{}"));
        // company settings (S2, #17.7): the victim's departments' names in the read; changes by the attacker only
        route("GET /api/v1/settings", v -> get("/api/v1/settings"));
        route("PUT /api/v1/settings/company", v -> json("PUT", "/api/v1/settings/company", "{\"addressLine\": \"Kapret 1\"}").attackersOnly());
        route("PUT /api/v1/settings/departments/{number}", v -> json("PUT", "/api/v1/settings/departments/" + v.customerNumber(),
                "{\"name\": \"Kapret\"}").attackersOnly());
        route("PUT /api/v1/settings/working-hours", v -> json("PUT", "/api/v1/settings/working-hours",
                "{\"workingHours\": {\"MONDAY\": {\"from\": \"06:00\", \"to\": \"07:00\"}}}").attackersOnly());
        route("PUT /api/v1/settings/notification-email", v -> json("PUT", "/api/v1/settings/notification-email",
                "{\"notificationEmail\": \"kapret@kapret.test\"}").attackersOnly());
        route("PUT /api/v1/settings/language", v -> json("PUT", "/api/v1/settings/language", "{\"language\": \"en\"}").attackersOnly());
        route("PUT /api/v1/settings/payment-terms", v -> json("PUT", "/api/v1/settings/payment-terms",
                "{\"paymentTermsDays\": 30}").attackersOnly());
        route("PUT /api/v1/settings/replacement-age", v -> json("PUT", "/api/v1/settings/replacement-age",
                "{\"replacementAgeMonths\": 6}").attackersOnly());
        route("GET /api/v1/invoice-control/settings", v -> get("/api/v1/invoice-control/settings").answers()); // no marker in settings
        route("PUT /api/v1/invoice-control/settings", v -> json("PUT", "/api/v1/invoice-control/settings",
                "{\"contentDeadlineDay\":3,\"unclassifiedAs\":\"WORK\"}"));
        route("GET /api/v1/invoice-control/subscriptions", v -> get("/api/v1/invoice-control/subscriptions?customerNumber="
                + v.customerNumber()));
        route("GET /api/v1/invoice-control/subscriptions/{id}/this-month", v -> get("/api/v1/invoice-control/subscriptions/"
                + v.subscriptionId() + "/this-month"));
        route("PUT /api/v1/invoice-control/subscriptions/{id}/profile", v -> json("PUT", "/api/v1/invoice-control/subscriptions/"
                + v.subscriptionId() + "/profile", "{\"choice\":\"NO_PROFILE\"}"));
        route("POST /api/v1/invoice-control/subscriptions/bulk", v -> json("POST", "/api/v1/invoice-control/subscriptions/bulk",
                "{\"action\":\"REMOVE_PROFILE\",\"subscriptionIds\":[" + v.subscriptionId() + "]}"));
        route("PUT /api/v1/invoice-control/subscriptions/{id}/data-control", v -> json("PUT", "/api/v1/invoice-control/subscriptions/"
                + v.subscriptionId() + "/data-control", "{\"enabled\":true}"));
        route("GET /api/v1/invoice-control/employees/{id}", v -> get("/api/v1/invoice-control/employees/" + v.employeeId()));
        route("PUT /api/v1/invoice-control/employees/{id}", v -> json("PUT", "/api/v1/invoice-control/employees/" + v.employeeId(),
                "{\"employeeNumber\":\"KAPRET\",\"payType\":\"6666\"}"));
        route("PUT /api/v1/invoice-control/employees/{id}/agreement", v -> json("PUT", "/api/v1/invoice-control/employees/"
                + v.employeeId() + "/agreement", "{\"signedOn\":\"2026-01-01\"}"));
        route("POST /api/v1/invoice-control/employees/{id}/agreement/file", v -> upload("/api/v1/invoice-control/employees/"
                + v.employeeId() + "/agreement/file", "avtale.pdf", "%PDF-1.4 kapret"));
        route("DELETE /api/v1/invoice-control/employees/{id}/agreement", v -> json("DELETE", "/api/v1/invoice-control/employees/"
                + v.employeeId() + "/agreement", null));
        route("PUT /api/v1/invoice-control/employees/{id}/opening-balances/{year}", v -> json("PUT", "/api/v1/invoice-control/employees/"
                + v.employeeId() + "/opening-balances/" + v.usageDay().getYear(), "{\"amount\":\"999.00\"}"));
        route("GET /api/v1/invoice-control/employees/{id}/content-purchases", v -> get("/api/v1/invoice-control/employees/"
                + v.employeeId() + "/content-purchases?month=" + java.time.YearMonth.from(v.usageDay())));
        route("PUT /api/v1/invoice-control/content-purchases/{cdrId}/{piece}/classification", v -> json("PUT",
                "/api/v1/invoice-control/content-purchases/x/0/classification", "{\"classification\":\"WORK\"}"));
        // the company API: saved reports and schedules (#16.7); a token with every customer number only
        // equipment (#17): the victim's phone, its page, forms, actions, files and import; and through the company API
        route("GET /equipment", v -> get("/equipment?q=iPhone"));
        route("GET /equipment/new", v -> get("/equipment/new"));
        route("POST /equipment", v -> form("POST", "/equipment", Map.of("kind", "PHONE", "make", "Kapret", "model", "Telefon",
                "serialNumber", "KAPRET-1", "customerNumber", v.customerNumber())).attackersOnly());
        route("GET /equipment/{deviceId:\\d+}", v -> get("/equipment/" + v.deviceId()));
        route("GET /equipment/{deviceId:\\d+}/edit", v -> get("/equipment/" + v.deviceId() + "/edit"));
        route("POST /equipment/{deviceId:\\d+}", v -> form("POST", "/equipment/" + v.deviceId(), Map.of("kind", "PHONE",
                "make", "Kapret", "model", "Telefon", "imei", "490154203237518")).attackersOnly());
        route("POST /equipment/{deviceId:\\d+}/actions/{action}", v -> form("POST", "/equipment/" + v.deviceId()
                + "/actions/take-back", Map.of("note", "Kapret")).attackersOnly());
        route("GET /equipment/export.xlsx", v -> get("/equipment/export.xlsx?q=iPhone"));
        route("GET /equipment/export.csv", v -> get("/equipment/export.csv?q=iPhone"));
        route("GET /equipment/import", v -> get("/equipment/import"));
        route("POST /equipment/import", v -> upload("/equipment/import", "utstyr.csv", "Type;Merke;Modell;IMEI\r\n"
                + "Mobiltelefon;Kapret;Telefon;490154203237518\r\n").attackersOnly());
        // an upload of the victim's own would be needed to preview one; any id shows nothing of another company's
        route("GET /equipment/import/{importId:\\d+}", v -> get("/equipment/import/1").attackersOnly());
        route("POST /equipment/import/{importId:\\d+}", v -> form("POST", "/equipment/import/1", Map.of("fingerprint", "x"))
                .attackersOnly());
        route("GET /api/v1/equipment", v -> get("/api/v1/equipment?q=iPhone"));
        route("GET /api/v1/equipment/{id}", v -> get("/api/v1/equipment/" + v.deviceId()));
        route("POST /api/v1/equipment", v -> json("POST", "/api/v1/equipment", "{\"kind\": \"PHONE\", \"make\": \"Kapret\", "
                + "\"model\": \"Telefon\", \"serialNumber\": \"KAPRET-2\", \"customerNumber\": \"" + v.customerNumber() + "\"}")
                .attackersOnly());
        route("PUT /api/v1/equipment/{id}", v -> json("PUT", "/api/v1/equipment/" + v.deviceId(), "{\"kind\": \"PHONE\", "
                + "\"make\": \"Kapret\", \"model\": \"Telefon\", \"imei\": \"490154203237518\"}").attackersOnly());
        route("POST /api/v1/equipment/{id}/actions/{action}", v -> json("POST", "/api/v1/equipment/" + v.deviceId()
                + "/actions/take-back", "{}").attackersOnly());
        route("POST /api/v1/equipment/import", v -> upload("/api/v1/equipment/import?dryRun=true", "utstyr.csv",
                "Type;Merke;Modell;IMEI\r\nMobiltelefon;Kapret;Telefon;490154203237518\r\n").attackersOnly());
        route("GET /api/v1/equipment/export", v -> get("/api/v1/equipment/export?format=csv&q=iPhone"));
        route("GET /api/v1/reports/saved", v -> get("/api/v1/reports/saved"));
        route("POST /api/v1/reports/saved", v -> json("POST", "/api/v1/reports/saved", "{\"name\": \"Kapret\", "
                + "\"report\": \"subscriptions\", \"query\": \"level=user&account=" + v.customerAccountId() + "\"}").attackersOnly());
        route("GET /api/v1/reports/saved/{id}", v -> get("/api/v1/reports/saved/" + v.savedReportId()));
        route("PUT /api/v1/reports/saved/{id}", v -> json("PUT", "/api/v1/reports/saved/" + v.savedReportId(),
                "{\"name\": \"Kapret\"}").attackersOnly());
        route("DELETE /api/v1/reports/saved/{id}", v -> json("DELETE", "/api/v1/reports/saved/" + v.savedReportId(), "")
                .attackersOnly());
        route("PUT /api/v1/reports/saved/{id}/schedule", v -> json("PUT", "/api/v1/reports/saved/" + v.savedReportId() + "/schedule",
                "{\"cadence\": \"WEEKLY\", \"weekday\": 1, \"timeOfDay\": \"07:00\", \"recipients\": [\"kapret@kapret.test\"]}")
                .attackersOnly());
        route("DELETE /api/v1/reports/saved/{id}/schedule", v -> json("DELETE", "/api/v1/reports/saved/" + v.savedReportId()
                + "/schedule", "").attackersOnly());
        route("GET /api/v1/reports/saved/{id}/runs", v -> get("/api/v1/reports/saved/" + v.savedReportId() + "/runs").answers());
        route("POST /api/v1/reports/{code}/send", v -> json("POST", "/api/v1/reports/subscriptions/send", "{\"query\": "
                + "\"level=user&account=" + v.customerAccountId() + "\", \"recipients\": [\"kapret@kapret.test\"]}").attackersOnly());
        // insights (#18): the navigation's entry, a redirect to the advice
        route("GET /insights", v -> get("/insights").answers());
        // savings advice (#18.1, X1)
        route("GET /insights/advice", v -> get("/insights/advice?sort=name&department=" + v.customerNumber()));
        route("GET /insights/advice/export.xlsx", v -> get("/insights/advice/export.xlsx"));
        route("GET /insights/advice/export.csv", v -> get("/insights/advice/export.csv"));
        route("GET /api/v1/insights/advice", v -> get("/api/v1/insights/advice"));

        // alerts (#18.2, X2): the list (the victim has no alerts to show), state changes and rules, and the company API
        route("GET /insights/alerts", v -> get("/insights/alerts?state=NEW").answers());
        route("POST /insights/alerts/state", v -> form("POST", "/insights/alerts/state", Map.of("ids", "1", "state", "CLOSED"))
                .attackersOnly());
        route("POST /insights/alerts/rules/{kind}", v -> form("POST", "/insights/alerts/rules/roaming-day", Map.of("enabled", "on",
                "amount", "1", "byEmail", "on")).attackersOnly());
        route("GET /api/v1/insights/alerts", v -> get("/api/v1/insights/alerts?state=NEW").answers());
        route("GET /api/v1/insights/alerts/{id}", v -> get("/api/v1/insights/alerts/1").attackersOnly());
        route("PUT /api/v1/insights/alerts/{id}/state", v -> json("PUT", "/api/v1/insights/alerts/1/state",
                "{\"state\": \"CLOSED\"}").attackersOnly());
        route("GET /api/v1/insights/alert-rules", v -> get("/api/v1/insights/alert-rules").answers());
        route("PUT /api/v1/insights/alert-rules/{kind}", v -> json("PUT", "/api/v1/insights/alert-rules/roaming-day",
                "{\"enabled\": true, \"amount\": \"1\", \"byEmail\": true}").attackersOnly());

        // budgets and forecast (#18.3, X3)
        route("GET /insights/budgets", v -> get("/insights/budgets?department=" + v.customerNumber()));
        route("POST /insights/budgets", v -> form("POST", "/insights/budgets", Map.of("customerNumber", v.customerNumber(),
                "amount", "1000")).attackersOnly());
        route("GET /insights/budgets/card", v -> get("/insights/budgets/card").answers());
        route("GET /api/v1/insights/budgets", v -> get("/api/v1/insights/budgets"));
        route("PUT /api/v1/insights/budgets/departments/{customerNumber}", v -> json("PUT", "/api/v1/insights/budgets/departments/"
                + v.customerNumber(), "{\"amount\": \"1000.00\"}").attackersOnly());
        route("PUT /api/v1/insights/budgets/users/{msisdn}", v -> json("PUT", "/api/v1/insights/budgets/users/"
                + v.person().national(), "{\"amount\": \"100.00\"}").attackersOnly());

        // passkeys (#18.4, X5): one's own passkeys (the victim's super user has none: nothing of theirs to show), a made-up
        // credential id to rename or remove, and the company's rule; Spring Security's /webauthn/** and /login/webauthn are
        // filters, not handler mappings: RouteIsolationIntegrationTest#anAttackerSignedInByPasskeyGetsTheSameAnswersAsBySms
        route("GET /account/passkeys", v -> get("/account/passkeys").answers());
        route("POST /account/passkeys/{credentialId:[A-Za-z0-9_-]{1,1400}}/label", v -> form("POST",
                "/account/passkeys/S2FwcmV0LXBhc3Nub2trZWw/label", Map.of("label", "Kapret")).attackersOnly());
        route("POST /account/passkeys/{credentialId:[A-Za-z0-9_-]{1,1400}}/remove", v -> form("POST",
                "/account/passkeys/S2FwcmV0LXBhc3Nub2trZWw/remove", Map.of()).attackersOnly());
        route("POST /settings/company/passkeys", v -> form("POST", "/settings/company/passkeys", Map.of()).attackersOnly());
        route("GET /api/v1/settings/passkeys", v -> get("/api/v1/settings/passkeys").answers());
        route("PUT /api/v1/settings/passkeys", v -> json("PUT", "/api/v1/settings/passkeys", "{\"requiredForSuperUsers\": false}")
                .attackersOnly());

        // single sign-on (#18.5, X5): the SSO page is everyone's and shows nothing of a company; its settings are the super
        // users'; changes by the attacker only, with an issuer that answers nothing. The flow itself
        // (/oauth2/authorization/{id}, /login/oauth2/code/{id}) is Spring Security's filters, not routes the table can list:
        // RouteIsolationIntegrationTest signs attackers in through it and compares them with their SMS login
        route("GET /login/sso", v -> get("/login/sso?error=unknown").answers().open());
        route("POST /login/sso", v -> form("POST", "/login/sso", Map.of("who", v.orgNumber())).open().attackersOnly());
        route("GET /settings/sso", v -> get("/settings/sso"));
        route("POST /settings/sso", v -> form("POST", "/settings/sso", Map.of("issuer", "http://127.0.0.1:9/kapret", "clientId", "Kapret",
                "clientSecret", "Kapret", "matchClaim", "EMAIL", "emailDomains", "kapret.test", "enabled", "true")));
        route("GET /api/v1/settings/sso", v -> get("/api/v1/settings/sso").answers());
        route("PUT /api/v1/settings/sso", v -> json("PUT", "/api/v1/settings/sso", "{\"issuer\": \"http://127.0.0.1:9/kapret\", "
                + "\"clientId\": \"Kapret\", \"clientSecret\": \"Kapret\", \"matchClaim\": \"EMAIL\"}").attackersOnly());

        // the operator API: every attacker gets 401
        route("GET " + API + "/test/clock", v -> get(API + "/test/clock").answers());
        route("PUT " + API + "/test/clock", v -> json("PUT", API + "/test/clock", "{\"advance\":\"P1M\"}"));
        route("GET " + API + "/catalog", v -> get(API + "/catalog").answers());
        route("GET " + API + "/openapi.json", v -> get(API + "/openapi.json").answers());
        route("POST " + API + "/companies", v -> json("POST", API + "/companies",
                "{\"orgNumber\":\"" + v.orgNumber() + "\",\"name\":\"Kapret AS\",\"city\":\"Oslo\"}"));
        route("GET " + API + "/companies", v -> get(API + "/companies"));
        route("GET " + API + "/companies/{orgNumber}", v -> get(API + "/companies/" + v.orgNumber()));
        route("POST " + API + "/companies/{orgNumber}/customer-accounts", v -> json("POST",
                API + "/companies/" + v.orgNumber() + "/customer-accounts", "{\"name\":\"Kapret\"}"));
        route("GET " + API + "/companies/{orgNumber}/customer-accounts", v -> get(API + "/companies/" + v.orgNumber()
                + "/customer-accounts"));
        route("POST " + API + "/companies/{orgNumber}/employees", v -> json("POST", API + "/companies/" + v.orgNumber()
                + "/employees", "{\"name\":\"Kapret Ansatt\",\"employeeNumber\":\"666\"}"));
        route("GET " + API + "/companies/{orgNumber}/employees", v -> get(API + "/companies/" + v.orgNumber() + "/employees"));
        route("POST " + API + "/staff", v -> json("POST", API + "/staff", "{\"msisdn\":\"+4740000099\",\"name\":\"Kapret\"}"));
        route("GET " + API + "/staff", v -> get(API + "/staff").answers()); // the operator's own staff: nothing of the victim
        route("DELETE " + API + "/staff/{msisdn}", v -> json("DELETE", API + "/staff/+4740000099", ""));
        route("POST " + API + "/companies/{orgNumber}/super-users", v -> json("POST", API + "/companies/" + v.orgNumber()
                + "/super-users", "{\"msisdn\":\"" + v.person().value() + "\"}"));
        route("GET " + API + "/companies/{orgNumber}/portal-users", v -> get(API + "/companies/" + v.orgNumber() + "/portal-users"));
        route("POST " + API + "/companies/{orgNumber}/subscriptions", v -> json("POST", API + "/companies/" + v.orgNumber()
                + "/subscriptions", "{\"msisdn\":\"+4799999999\",\"planCode\":\"FRI_5\",\"customerNumber\":\"" + v.customerNumber()
                + "\",\"activeFrom\":\"" + v.usageDay() + "\"}"));
        route("GET " + API + "/companies/{orgNumber}/subscriptions", v -> get(API + "/companies/" + v.orgNumber() + "/subscriptions"));
        route("GET " + API + "/companies/{orgNumber}/invoices", v -> get(API + "/companies/" + v.orgNumber() + "/invoices"));
        route("GET " + API + "/subscriptions/{msisdn}", v -> get(API + "/subscriptions/" + v.person().value()));
        route("PUT " + API + "/subscriptions/{msisdn}/plan", v -> json("PUT", API + "/subscriptions/" + v.person().value() + "/plan",
                "{\"planCode\":\"BASIS\"}"));
        route("PUT " + API + "/subscriptions/{msisdn}/data-control", v -> json("PUT", API + "/subscriptions/" + v.person().value()
                + "/data-control", "{\"enabled\":true}"));
        route("PUT " + API + "/subscriptions/{msisdn}/auto-extra-package", v -> json("PUT", API + "/subscriptions/"
                + v.person().value() + "/auto-extra-package", "{\"extraPackageCode\":\"EXTRA_5\"}"));
        route("PUT " + API + "/subscriptions/{msisdn}/sim", v -> json("PUT", API + "/subscriptions/" + v.person().value() + "/sim",
                "{\"iccid\": \"8947080000000000017\"}"));
        route("PUT " + API + "/subscriptions/{msisdn}/holder", v -> json("PUT", API + "/subscriptions/" + v.person().value()
                + "/holder", "{\"employeeId\":" + v.employeeId() + "}"));
        route("POST " + API + "/subscriptions/{msisdn}/termination", v -> json("POST", API + "/subscriptions/" + v.person().value()
                + "/termination", "{}"));
        route("POST " + API + "/subscriptions/{msisdn}/extra-packages", v -> json("POST", API + "/subscriptions/"
                + v.person().value() + "/extra-packages", "{\"code\":\"EXTRA_5\",\"payer\":\"SALARY\"}"));
        route("GET " + API + "/subscriptions/{msisdn}/extra-packages", v -> get(API + "/subscriptions/" + v.person().value()
                + "/extra-packages").answers());
        route("GET " + API + "/subscriptions/{msisdn}/usage-events", v -> get(API + "/subscriptions/" + v.person().value()
                + "/usage-events?from=" + v.usageDay() + "&to=" + v.usageDay()));
        route("POST " + API + "/cdr-files", v -> upload(API + "/cdr-files", "kapret.csv", "cdr_id,msisdn,type,start_time,"
                + "direction,other_party,visited_country,duration_s,volume_bytes,amount_nok,vat_rate,provider,description\n"
                + "kapret-1," + v.person().value() + ",CONTENT," + v.usageDay() + "T12:00:00+01:00,,2020,NO,,,999.00,25,X,Y\n"));
        route("GET " + API + "/cdr-files", v -> get(API + "/cdr-files").answers());
        route("GET " + API + "/cdr-files/{id}", v -> get(API + "/cdr-files/" + v.cdrFileId()).answers());
        route("POST " + API + "/invoice-runs", v -> json("POST", API + "/invoice-runs", "{\"month\":\"" + v.invoicedMonth() + "\"}"));
        route("GET " + API + "/invoice-runs", v -> get(API + "/invoice-runs").answers());
        route("GET " + API + "/invoices/{number}", v -> get(API + "/invoices/" + v.invoice().number()));
        route("GET " + API + "/invoices/{number}/pdf", v -> get(API + "/invoices/" + v.invoice().number() + "/pdf"));
        route("GET " + API + "/invoices/{number}/ehf", v -> get(API + "/invoices/" + v.invoice().number() + "/ehf"));
        route("POST " + API + "/invoices/{number}/credit-notes", v -> json("POST", API + "/invoices/" + v.invoice().number()
                + "/credit-notes", "{\"reason\":\"kapret\"}"));
        route("POST " + API + "/invoices/{number}/payments", v -> json("POST", API + "/invoices/" + v.invoice().number()
                + "/payments", "{\"amount\":\"" + v.invoice().total() + "\",\"reference\":\"kapret\"}"));
        route("POST " + API + "/payment-files", v -> upload(API + "/payment-files", "ocr.txt", "NY000010"));
        route("GET " + API + "/payment-files", v -> get(API + "/payment-files").answers());
        route("GET " + API + "/payment-files/{id}", v -> get(API + "/payment-files/1").attackersOnly());
        route("GET " + API + "/unmatched-payments", v -> get(API + "/unmatched-payments").answers());
    }

    private KnownRoutes() {
    }

    private static void route(String route, Function<Victim, RouteCall> call) {
        if (ROUTES.put(route, call) != null) {
            throw new IllegalStateException("route twice in the table: " + route);
        }
    }

    static boolean knows(String route) {
        return ROUTES.containsKey(route);
    }

    static RouteCall call(String route, Victim victim) {
        return ROUTES.get(route).apply(victim);
    }

    static List<String> all() {
        return List.copyOf(ROUTES.keySet());
    }
}
