package no.bedriftsportal.insights;

import no.bedriftsportal.identity.PortalModule;
import no.bedriftsportal.identity.PortalPrincipal;
import no.bedriftsportal.shared.api.ApiClient;
import no.bedriftsportal.shared.api.ApiScope;

/**
 * Who changes alerts or rules, as the alert's state and the rule name them, and whether they may change the
 * rules. Rules are the whole company's (they choose who is told of any department), so they are changed by a super
 * user, or by a user granted Innsikt who sees every customer number; through the API by a token with
 * {@code insights:manage} over the whole company. The audit log takes who, when and from where from the request;
 * the demo generator writes unaudited.
 */
public record AlertEditor(String name, boolean audited, boolean mayEditRules) {

    public static AlertEditor of(PortalPrincipal me) {
        boolean may = me.superUser() || me.may(PortalModule.INSIGHTS) && me.scope().allCustomerAccounts();
        return new AlertEditor(me.name() == null || me.name().isBlank() ? me.msisdn() : me.name(), true, may);
    }

    public static AlertEditor of(ApiClient client) {
        return new AlertEditor("API: " + client.tokenName(), true,
                client.may(ApiScope.INSIGHTS_MANAGE) && client.scope().allCustomerAccounts());
    }

    /** The portal itself (the demo generator): named, not audited. */
    public static AlertEditor system(String name) {
        return new AlertEditor(name, false, true);
    }
}
