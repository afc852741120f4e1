package no.bedriftsportal.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.RegisterEmployee;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.Oslo;

/** A subscription's holder with history (#14: "a subscription moved between employees"). */
@PortalIntegrationTest
class SubscriptionHoldersIntegrationTest {

    @Autowired
    CompanyMother mother;
    @Autowired
    Subscriptions subscriptions;
    @Autowired
    SubscriptionHolderRepository holderRepository;
    @Autowired
    Companies companies;
    @Autowired
    Clock clock;

    TestCompany company;
    Msisdn msisdn;
    Subscription subscription;
    long siri;
    long ola;
    YearMonth lastMonth;
    Instant monthStart;
    Instant monthEnd;
    Instant fifteenth;

    @BeforeEach
    void aSubscriberHeldBySiriSinceAYearAgo() {
        company = mother.company();
        msisdn = company.subscriber(0, "FRI_5", "Siri Vik");
        subscription = subscriptions.latest(msisdn.value());
        siri = subscription.employeeId();
        ola = employee(company, "Ola Nordmann");
        lastMonth = YearMonth.from(Oslo.today(clock)).minusMonths(1);
        monthStart = start(lastMonth.atDay(1));
        monthEnd = start(lastMonth.plusMonths(1).atDay(1));
        fifteenth = start(lastMonth.atDay(15));
    }

    @Test
    void activationRecordsTheFirstHolderFromTheStartOfTheFirstDay() {
        List<HolderChange> history = subscriptions.holderHistory(subscription);

        assertThat(history).hasSize(1);
        assertThat(history.get(0).employeeId()).isEqualTo(siri);
        assertThat(history.get(0).effectiveFrom()).isEqualTo(start(subscription.activeFrom()));
        assertThat(history.get(0).changedBy()).isEqualTo(SubscriptionHolders.ACTIVATION);
    }

    @Test
    void aMoveInTheMiddleOfAMonthGivesTwoPeriods() {
        Subscription moved = subscriptions.changeHolder(msisdn.value(), ola, fifteenth, "CRM");

        assertThat(moved.employeeId()).isEqualTo(ola);
        assertThat(subscriptions.find(company.id(), subscription.id()).orElseThrow().employeeId()).isEqualTo(ola);
        assertThat(subscriptions.holderPeriods(company.id(), List.of(subscription.id()), monthStart, monthEnd))
                .containsExactly(Map.entry(subscription.id(), List.of(
                        new HolderPeriod(siri, monthStart, fifteenth), new HolderPeriod(ola, fifteenth, monthEnd))));
        assertThat(subscriptions.holderHistory(moved)).extracting(HolderChange::employeeId, HolderChange::changedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(siri, "activation"), org.assertj.core.groups.Tuple.tuple(ola, "CRM"));
        // the month after: Ola throughout
        Instant nextEnd = start(lastMonth.plusMonths(2).atDay(1));
        assertThat(subscriptions.holderPeriods(company.id(), List.of(subscription.id()), monthEnd, nextEnd).get(subscription.id()))
                .containsExactly(new HolderPeriod(ola, monthEnd, nextEnd));
    }

    @Test
    void aMoveToNoOneLeavesTheLineWithoutHolder() {
        Subscription moved = subscriptions.changeHolder(company.id(), subscription.id(), null, fifteenth, "Kari Admin");

        assertThat(moved.employeeId()).isNull();
        assertThat(subscriptions.holderPeriods(company.id(), List.of(subscription.id()), monthStart, monthEnd).get(subscription.id()))
                .containsExactly(new HolderPeriod(siri, monthStart, fifteenth), new HolderPeriod(null, fifteenth, monthEnd));
    }

    @Test
    void aMoveBackAndForthAndTheSameHolderAgainAreJoined() {
        Instant twentieth = start(lastMonth.atDay(20));
        subscriptions.changeHolder(msisdn.value(), ola, fifteenth, "CRM");
        subscriptions.changeHolder(msisdn.value(), siri, twentieth, "CRM");
        subscriptions.changeHolder(msisdn.value(), siri, twentieth.plus(Duration.ofDays(2)), "CRM"); // no move

        assertThat(subscriptions.holderPeriods(company.id(), List.of(subscription.id()), monthStart, monthEnd).get(subscription.id()))
                .containsExactly(new HolderPeriod(siri, monthStart, fifteenth), new HolderPeriod(ola, fifteenth, twentieth),
                        new HolderPeriod(siri, twentieth, monthEnd));
        assertThat(subscriptions.find(company.id(), subscription.id()).orElseThrow().employeeId()).isEqualTo(siri);
    }

    @Test
    void anotherCompanysEmployeeIsRefused() {
        TestCompany other = mother.company();
        long stranger = employee(other, "Fremmed Person");

        assertThatThrownBy(() -> subscriptions.changeHolder(msisdn.value(), stranger, fifteenth, "CRM"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("employeeId"));
        assertThat(subscriptions.holderHistory(subscription)).hasSize(1);
        assertThat(subscriptions.find(company.id(), subscription.id()).orElseThrow().employeeId()).isEqualTo(siri);
        // nor can the other company read this company's subscription
        assertThat(subscriptions.holderPeriods(other.id(), List.of(subscription.id()), monthStart, monthEnd)).isEmpty();
    }

    @Test
    void aChangeBeforeTheSubscriptionBeganIsRefused() {
        Instant before = start(subscription.activeFrom()).minusSeconds(1);

        assertThatThrownBy(() -> subscriptions.changeHolder(msisdn.value(), ola, before, "CRM"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("effectiveFrom"));
        assertThatThrownBy(() -> subscriptions.changeHolder(company.id(), subscription.id(), ola, before, "CRM"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("effectiveFrom"));
    }

    @Test
    void aChangeWithoutMomentIsNowAndAFutureChangeBecomesCurrentWhenDue() {
        Instant now = clock.instant();
        subscriptions.changeHolder(msisdn.value(), ola, null, "CRM");
        assertThat(subscriptions.holderHistory(subscription).get(1).effectiveFrom()).isEqualTo(now);

        Instant inTwoDays = now.plus(Duration.ofDays(2));
        Subscription later = subscriptions.changeHolder(msisdn.value(), siri, inTwoDays, "CRM");

        assertThat(later.employeeId()).isEqualTo(ola); // not yet
        assertThat(subscriptions.holderPeriods(company.id(), List.of(subscription.id()), now, now.plus(Duration.ofDays(3)))
                .get(subscription.id())).containsExactly(new HolderPeriod(ola, now, inTwoDays),
                        new HolderPeriod(siri, inTwoDays, now.plus(Duration.ofDays(3))));
        assertThat(holderRepository.keepCurrentInStep(company.id(), null, inTwoDays)).containsExactly(company.id());
        assertThat(subscriptions.find(company.id(), subscription.id()).orElseThrow().employeeId()).isEqualTo(siri);
        holderRepository.keepCurrentInStep(company.id(), null, now); // back as it is by the clock
    }

    @Test
    void beforeASubscriptionBeganNoOneHoldsItAndSeveralAreReadAtOnce() {
        LocalDate today = Oslo.today(clock);
        Msisdn fresh = CompanyMother.nextMsisdn();
        Subscription newer = subscriptions.activate(new ActivateSubscription(company.id(), fresh.value(), "FRI_5",
                company.account(0).id(), ola, today, false, null));
        Instant from = start(today.minusDays(7));
        Instant to = start(today.plusDays(1));

        Map<Long, List<HolderPeriod>> periods = subscriptions.holderPeriods(company.id(),
                List.of(subscription.id(), newer.id(), 999_999_999L), from, to);

        assertThat(periods).containsOnlyKeys(subscription.id(), newer.id());
        assertThat(periods.get(subscription.id())).containsExactly(new HolderPeriod(siri, from, to));
        assertThat(periods.get(newer.id())).containsExactly(new HolderPeriod(null, from, start(today)),
                new HolderPeriod(ola, start(today), to));
    }

    private long employee(TestCompany owner, String name) {
        return companies.registerEmployee(owner.id(), new RegisterEmployee(name, null, "N" + CompanyMother.nextMsisdn().national(), null))
                .id();
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(Oslo.ZONE).toInstant();
    }
}
