package no.bedriftsportal.identity;

import java.util.List;
import java.util.Map;

import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.web.PageContext;

/**
 * An audit entry in words in the reader's language, made from its facts: "Ga Kari Nordmann tilgang
 * til kundenummer 10000001 (Salg) med modulene Dashboard og Faktura", "Lastet ned faktura 100123
 * som PDF", "Åpnet brukerdetaljer for Ola Nordmann (+47 9xx xx 567)". The person's number is masked
 * in the words; the whole number is the entry's subject, for the person filter. An entry without
 * facts (older ones, login reasons) shows the action's words and its text.
 */
final class AuditWords {

    static final String NAME = "name";
    static final String GRANT = "grant";
    static final String BEFORE = "before";
    static final String AFTER = "after";
    static final String ROLE = "role";
    static final String ACCOUNTS = "accounts";
    static final String MODULES = "modules";
    static final String NUMBER = "number";
    static final String KIND = "kind";
    static final String REFERENCE = "reference";
    static final String VIEW = "view";
    static final String SCOPES = "scopes";
    static final String VARIANT = "variant";
    static final String ARGUMENTS = "arguments";

    private final PageContext page;

    AuditWords(PageContext page) {
        this.page = page;
    }

    String of(AuditEvent event) {
        Map<String, Object> facts = event.facts();
        if (facts == null) {
            return withoutFacts(event);
        }
        String name = String.valueOf(facts.getOrDefault(NAME, masked(event.subject())));
        return switch (event.action()) {
            case "ACCESS_GRANTED" -> superUser(map(facts.get(GRANT)))
                    ? page.t("audit.words.ACCESS_GRANTED.super", name)
                    : page.t("audit.words.ACCESS_GRANTED", name, grant(map(facts.get(GRANT))));
            case "ACCESS_CHANGED" -> page.t("audit.words.ACCESS_CHANGED", name, grant(map(facts.get(BEFORE))),
                    grant(map(facts.get(AFTER))));
            case "ACCESS_REVOKED" -> page.t("audit.words.ACCESS_REVOKED", name, grant(map(facts.get(GRANT))));
            case "API_TOKEN_CREATED", "API_TOKEN_REVOKED", "API_TOKEN_USED" -> page.t("audit.words." + event.action(), name,
                    apiGrant(facts));
            case "DOWNLOADED" -> page.message("audit.download." + facts.get(KIND), String.valueOf(facts.get(KIND)),
                    facts.get(REFERENCE));
            case "PERSON_VIEWED" -> page.message("audit.view." + facts.get(VIEW), String.valueOf(facts.get(VIEW)), name,
                    masked(event.subject()));
            default -> facts.containsKey(ARGUMENTS) ? change(event.action(), facts) : withoutFacts(event);
        };
    }

    /** A change ({@code AuditTrail.changed}): its words with its arguments. */
    private String change(String action, Map<String, Object> facts) {
        Object variant = facts.get(VARIANT);
        return page.t("audit.words." + action + (variant == null ? "" : "." + variant), list(facts.get(ARGUMENTS)).toArray());
    }

    /** {@code +47 9xx xx 567}: enough to tell people apart, not enough to call them. */
    static String masked(String msisdn) {
        return Msisdn.parse(msisdn == null ? "" : msisdn).map(number -> {
            String display = number.display();
            return "+47 " + display.charAt(0) + display.substring(1, display.length() - 3).replaceAll("\\d", "x")
                    + display.substring(display.length() - 3);
        }).orElse(msisdn == null ? "" : msisdn);
    }

    private String withoutFacts(AuditEvent event) {
        String words = page.message("audit.words." + event.action(), page.message("audit.action." + event.action(), event.action()));
        return event.details() == null || event.details().isBlank() ? words : words + ": " + event.details();
    }

    private String grant(Map<String, Object> grant) {
        if (superUser(grant)) {
            return page.t("audit.grant.super");
        }
        List<String> accounts = list(grant.get(ACCOUNTS)).stream().map(AuditWords::map)
                .map(account -> account.get(NUMBER) + " (" + account.get(NAME) + ")").toList();
        List<String> modules = list(grant.get(MODULES)).stream().map(module -> page.message("module." + module, String.valueOf(module)))
                .toList();
        return page.t("audit.grant.user", page.t(accounts.size() == 1 ? "audit.accounts.one" : "audit.accounts.many", and(accounts)),
                page.t(modules.size() == 1 ? "audit.modules.one" : "audit.modules.many", and(modules)));
    }

    /** A token's scopes and customer numbers, e.g. {@code Dashboard og Faktura, alle kundenumre}. */
    private String apiGrant(Map<String, Object> facts) {
        List<String> scopes = list(facts.get(SCOPES)).stream().map(scope -> page.message("apiScope." + scope, String.valueOf(scope)))
                .toList();
        Object accounts = facts.get(ACCOUNTS);
        List<String> numbers = list(accounts).stream().map(AuditWords::map)
                .map(account -> account.get(NUMBER) + " (" + account.get(NAME) + ")").toList();
        return page.t("audit.apiGrant", and(scopes), accounts == null ? page.t("audit.accounts.all")
                : page.t(numbers.size() == 1 ? "audit.accounts.one" : "audit.accounts.many", and(numbers)));
    }

    /** {@code a, b og c} */
    private String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + page.t("audit.and") + " " + items.get(items.size() - 1);
    }

    private static boolean superUser(Map<String, Object> grant) {
        return Role.SUPER_USER.name().equals(grant.get(ROLE));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }
}
