package no.bedriftsportal.dashboard;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import no.bedriftsportal.billing.InvoiceSummary;
import no.bedriftsportal.billing.Invoices;
import no.bedriftsportal.identity.PortalModule;
import no.bedriftsportal.identity.PortalPrincipal;
import no.bedriftsportal.shared.NeedsAttention;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.database.CompanyDataVersions;
import no.bedriftsportal.shared.web.PageContext;

/**
 * The cards as the controllers serve them, through the {@link CardCache}: the one seam where the
 * cards' computations are kept. Language-dependent parts (chart labels) are in the key through the
 * page's language; a user's panel (D6) is never cached, since each opening is written to the audit log.
 * The company's data version is read once per request ({@link CompanyDataVersions#current}), before
 * any card is computed, so that an entry is never filed under a newer version than the data it was
 * computed from.
 */
@Component
class CachedCards {

    private final CardCache cache;
    private final CompanyDataVersions versions;
    private final Clock clock;
    private final SubscriptionsOverview subscriptions;
    private final CostDevelopment costs;
    private final Invoices invoices;
    private final WorldCards world;
    private final DataCards data;
    private final UsersCards users;
    private final AttentionStrip attention;

    CachedCards(CardCache cache, CompanyDataVersions versions, Clock clock, SubscriptionsOverview subscriptions,
            CostDevelopment costs, Invoices invoices, WorldCards world, DataCards data, UsersCards users,
            AttentionStrip attention) {
        this.cache = cache;
        this.versions = versions;
        this.clock = clock;
        this.subscriptions = subscriptions;
        this.costs = costs;
        this.invoices = invoices;
        this.world = world;
        this.data = data;
        this.users = users;
        this.attention = attention;
    }

    /** D1 for the period parameter. */
    SubscriptionsCard subscriptions(PortalPrincipal me, String period) {
        Period chosen = Period.parse(period, Period.ROLLING);
        return cached(me, "subscriptions", chosen, () -> subscriptions.card(me.scope(), chosen));
    }

    /** D2's months, oldest first. */
    List<MonthlyCost> costs(PortalPrincipal me, int months) {
        return cached(me, "costs", months, () -> costs.months(me.scope(), months));
    }

    /** D3's latest invoices. */
    List<InvoiceSummary> latestInvoices(PortalPrincipal me, int count) {
        return cached(me, "invoices", count, () -> invoices.latest(me.scope(), count));
    }

    /** D3's open invoices, overdue first (their payment details are on the card's back). */
    List<InvoiceSummary> openInvoices(PortalPrincipal me) {
        return cached(me, "open-invoices", List.of(), () -> invoices.open(me.scope()));
    }

    /** "Krever handling": what every granted module has that needs the user now. */
    List<NeedsAttention.Item> attention(PortalPrincipal me) {
        return cached(me, "attention", List.of(), () -> attention.items(me));
    }

    /** D4 for the period parameter, in the page's language. */
    WorldCard world(PortalPrincipal me, String period, PageContext page) {
        Period chosen = Period.parse(period, Period.ROLLING);
        return cached(me, "world", List.of(chosen, page.lang()), () -> world.card(me.scope(), chosen.name(), page));
    }

    /** D4's top users of a country (empty when the code is not a country the scope used). */
    Optional<WorldCountry> worldCountry(PortalPrincipal me, String code, String period) {
        Period chosen = Period.parse(period, Period.ROLLING);
        if (code == null || code.length() != 2) {
            return world.country(me.scope(), code, chosen.name());
        }
        return cached(me, "world-country", List.of(code.toUpperCase(java.util.Locale.ROOT), chosen),
                () -> world.country(me.scope(), code, chosen.name()));
    }

    /** D5 for the period parameter and list filter, in the page's language. */
    DataCard data(PortalPrincipal me, String period, DataFilter filter, PageContext page) {
        Period chosen = Period.parse(period, Period.MONTHLY);
        return cached(me, "data", List.of(chosen, filter, page.lang()), () -> data.card(me.scope(), chosen.name(), filter, page));
    }

    /** A page of D5's list. */
    DataCard.UserList dataList(PortalPrincipal me, Period period, DataFilter filter, int pageNumber) {
        return cached(me, "data-list", List.of(period, filter, pageNumber), () -> data.list(me.scope(), period, filter, pageNumber));
    }

    /** D6/D7: the list as asked for (cached) and the selected user's panel (not cached: each opening is audited). */
    UsersCard users(PortalPrincipal me, UsersParameters parameters, PageContext page) {
        UsersCard list = usersList(me, parameters);
        Long selected = parameters.selected();
        UserPanel panel = selected == null ? null
                : users.panel(me.scope(), selected, parameters.period(), page,
                        me.may(PortalModule.INVOICE_CONTROL)).orElse(null);
        return new UsersCard(list.today(), parameters, list.users(), panel);
    }

    /** D7's list alone. */
    UsersCard usersList(PortalPrincipal me, UsersParameters parameters) {
        UsersParameters listOnly = new UsersParameters(parameters.users(), parameters.userSearch(), parameters.userSort(),
                parameters.userOrder(), parameters.userMinOf(), parameters.userMin(), parameters.userPage(), null,
                parameters.userShow());
        UsersCard list = cached(me, "users", listOnly, () -> users.list(me.scope(), listOnly));
        return new UsersCard(list.today(), parameters, list.users(), null);
    }

    private <T> T cached(PortalPrincipal me, String card, Object parameters, Supplier<T> compute) {
        CardCache.Key key = new CardCache.Key(me.companyId(), me.customerAccountIds(), me.modules(), card, parameters,
                Oslo.today(clock), versions.current(me.companyId()));
        return cache.get(key, compute);
    }
}
