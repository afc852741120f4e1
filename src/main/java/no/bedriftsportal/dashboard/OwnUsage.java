package no.bedriftsportal.dashboard;

import java.util.Optional;

import org.springframework.stereotype.Service;

import no.bedriftsportal.shared.web.PageContext;

/**
 * The dashboard's read API for an employee's own page (#15.2): one of their subscriptions in this
 * or last month — usage by kind, the fee and extra packages, and six months of data against the
 * package — from the same rollups and the same code as D6's panel. The caller makes sure the
 * subscription is the employee's own.
 */
@Service
public class OwnUsage {

    private final UsersCards cards;

    OwnUsage(UsersCards cards) {
        this.cards = cards;
    }

    /** @param period {@link Period#THIS_MONTH} or {@link Period#LAST_MONTH} */
    public Optional<UserPanel> month(long companyId, long subscriptionId, Period period, PageContext page) {
        return cards.ownPanel(companyId, subscriptionId, period.monthly() ? period : Period.THIS_MONTH, page);
    }
}
