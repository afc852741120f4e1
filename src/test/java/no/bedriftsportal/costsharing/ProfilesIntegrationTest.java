package no.bedriftsportal.costsharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.ConflictException;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.usage.Payer;

/** Issue #14.1: profiles kept per version, the version in force for a month, names unique, delete refused while in use. */
@PortalIntegrationTest
class ProfilesIntegrationTest {

    /** 10 October 2026, 12:00 in Oslo. */
    static final Instant OCTOBER = Instant.parse("2026-10-10T10:00:00Z");
    /** 20 November 2026, 15:00 in Oslo. */
    static final Instant NOVEMBER = Instant.parse("2026-11-20T14:00:00Z");

    @Autowired
    Profiles profiles;

    @Autowired
    RulesInForce rulesInForce;

    @Autowired
    CompanyMother mother;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    TestCompany company;
    AccessScope scope;

    @BeforeEach
    void aCompanyRegisteredInOctober() {
        clock.set(OCTOBER);
        company = mother.company();
        scope = AccessScope.wholeCompany(company.id());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aNewCompanyHasTheTwoReadyMadeProfiles() {
        List<ProfileSummary> list = profiles.list(scope);

        assertThat(list).extracting(ProfileSummary::name).containsExactly("Standard", "Privat bruk betales selv");
        assertThat(list).allSatisfy(profile -> {
            assertThat(profile.current().version()).isEqualTo(1);
            assertThat(profile.current().savedBy()).isEqualTo("system");
            assertThat(profile.current().savedAt()).isEqualTo(OCTOBER);
            assertThat(profile.subscriptions()).isZero();
        });
        assertThat(list.get(0).current().rules()).isEqualTo(ProfileRules.standard());
        assertThat(list.get(0).current().readyMade()).isEqualTo("STANDARD");
        assertThat(list.get(1).current().rules()).isEqualTo(ProfileRules.privateUse());
        assertThat(list.get(1).current().readyMade()).isEqualTo("PRIVATE_USE");
    }

    @Test
    void everySaveIsAVersionAndEachMonthUsesTheOneInForce() {
        long standard = profiles.list(scope).get(0).profileId();
        clock.set(NOVEMBER);

        ProfileVersion saved = profiles.change(scope, standard, draft("Standard ansatt", "BENEFIT", "250"), "Kari Admin");

        assertThat(saved.version()).isEqualTo(2);
        assertThat(saved.firstUsageMonth()).isEqualTo(YearMonth.of(2026, 11));
        ProfileDetail detail = profiles.get(scope, standard);
        assertThat(detail.versions()).extracting(ProfileVersion::version).containsExactly(2, 1);
        assertThat(detail.current().savedBy()).isEqualTo("Kari Admin");
        assertThat(detail.current().name()).isEqualTo("Standard ansatt");
        assertThat(detail.current().rules().monthlyMaximum()).isEqualByComparingTo("250.00");
        assertThat(detail.versions().get(1).name()).isEqualTo("Standard");
        assertThat(rulesInForce.profileVersions(company.id(), YearMonth.of(2026, 10)).get(standard).version()).isEqualTo(1);
        assertThat(rulesInForce.profileVersions(company.id(), YearMonth.of(2026, 11)).get(standard).version()).isEqualTo(2);
        assertThat(rulesInForce.profileVersions(company.id(), YearMonth.of(2026, 9))).doesNotContainKey(standard);
    }

    @Test
    void aNewProfileHoldsEveryRule() {
        ProfileVersion created = profiles.create(scope, new ProfileDraft(" Selgere ", "DEDUCT_ALL_PRIVATE", true, "EXTRA_5",
                "SALARY", true, false, Set.of("ABROAD", "DATA_WITHOUT_PACKAGE"), "1 500,50", "100"), "Kari Admin");

        ProfileRules rules = profiles.get(scope, created.profileId()).current().rules();
        assertThat(created.name()).isEqualTo("Selgere");
        assertThat(created.version()).isEqualTo(1);
        assertThat(rules).isEqualTo(new ProfileRules(ContentRule.DEDUCT_ALL_PRIVATE, true, "EXTRA_5", Payer.SALARY, true, false,
                Set.of(TrafficRule.ABROAD, TrafficRule.DATA_WITHOUT_PACKAGE), new BigDecimal("1500.50"), new BigDecimal("100.00")));
        assertThat(profiles.list(scope)).extracting(ProfileSummary::name)
                .containsExactly("Standard", "Privat bruk betales selv", "Selgere");
    }

    @Test
    void badFieldsAreEachNamed() {
        ProfileDraft bad = new ProfileDraft("", "SOMETIMES", false, "EXTRA_99", null, false, false, Set.of("NIGHT"), "-5",
                "10,555");

        assertThatThrownBy(() -> profiles.create(scope, bad, "Kari"))
                .isInstanceOfSatisfying(InvalidProfileException.class, e -> assertThat(e.byField().keySet())
                        .containsExactly("name", "contentRule", "autoExtraPackage", "traffic", "monthlyMaximum", "freeAmount"));
        assertThatThrownBy(() -> profiles.create(scope, new ProfileDraft("x".repeat(61), "BENEFIT", false, "EXTRA_1", null,
                false, false, Set.of(), "", "abc"), "Kari"))
                .isInstanceOfSatisfying(InvalidProfileException.class, e -> assertThat(e.byField().keySet())
                        .containsExactly("name", "autoExtraPayer", "freeAmount"));
        assertThat(profiles.list(scope)).hasSize(2);
    }

    @Test
    void aNameIsUniqueAmongTheLiveProfilesAndACopyGetsAFreeOne() {
        long standard = profiles.list(scope).get(0).profileId();

        assertThatThrownBy(() -> profiles.create(scope, draft("standard", "BENEFIT", ""), "Kari"))
                .isInstanceOf(ConflictException.class).extracting(e -> ((InvalidInputException) e).field()).isEqualTo("name");
        ProfileVersion copy = profiles.copy(scope, standard, "Kari");
        ProfileVersion second = profiles.copy(scope, standard, "Kari");

        assertThat(copy.name()).isEqualTo("Kopi av Standard");
        assertThat(copy.rules()).isEqualTo(ProfileRules.standard());
        assertThat(copy.readyMade()).isNull();
        assertThat(second.name()).isEqualTo("Kopi av Standard (2)");
        profiles.delete(scope, copy.profileId(), "Kari");
        assertThat(profiles.create(scope, draft("Kopi av Standard", "BENEFIT", ""), "Kari").name())
                .as("a deleted profile's name is free again").isEqualTo("Kopi av Standard");
    }

    @Test
    void aProfileInUseCannotBeDeletedAndIsCountedInTheList() {
        ProfileVersion sellers = profiles.create(scope, draft("Selgere", "BENEFIT", ""), "Kari");
        Msisdn number = company.subscriber(0, "FRI_5");
        long subscriptionId = subscriptionId(number);
        assign(subscriptionId, "PROFILE", sellers.profileId(), OCTOBER.plusSeconds(60));

        assertThat(profiles.list(scope)).filteredOn(p -> p.profileId() == sellers.profileId())
                .extracting(ProfileSummary::subscriptions).containsExactly(1L);
        assertThatThrownBy(() -> profiles.delete(scope, sellers.profileId(), "Kari"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("1 subscriptions");

        assign(subscriptionId, "NO_PROFILE", null, OCTOBER.plusSeconds(120));
        profiles.delete(scope, sellers.profileId(), "Kari");

        assertThat(profiles.list(scope)).extracting(ProfileSummary::name).doesNotContain("Selgere");
        assertThatThrownBy(() -> profiles.get(scope, sellers.profileId()))
                .isInstanceOf(no.bedriftsportal.shared.NotFoundException.class);
        assertThat(rulesInForce.profileVersions(company.id(), YearMonth.of(2026, 10))).containsKey(sellers.profileId());
    }

    @Test
    void anotherCompanysProfileIsNotFound() {
        long theirs = profiles.list(AccessScope.wholeCompany(mother.company().id())).get(0).profileId();

        assertThatThrownBy(() -> profiles.get(scope, theirs)).isInstanceOf(no.bedriftsportal.shared.NotFoundException.class);
        assertThatThrownBy(() -> profiles.change(scope, theirs, draft("Mine", "BENEFIT", ""), "Kari"))
                .isInstanceOf(no.bedriftsportal.shared.NotFoundException.class);
        assertThatThrownBy(() -> profiles.delete(scope, theirs, "Kari"))
                .isInstanceOf(no.bedriftsportal.shared.NotFoundException.class);
    }

    static ProfileDraft draft(String name, String content, String maximum) {
        return new ProfileDraft(name, content, false, null, null, true, false, Set.of(), maximum, "0");
    }

    private long subscriptionId(Msisdn number) {
        return jdbc.sql("select subscription_id from subscription where msisdn = :m").param("m", number.value())
                .query(Long.class).single();
    }

    private void assign(long subscriptionId, String choice, Long profileId, Instant at) {
        jdbc.sql("""
                insert into costsharing_assignment (company_id, subscription_id, assigned_at, choice, profile_id, assigned_by)
                values (:c, :s, :at, :choice, :p, 'test')""")
                .param("c", company.id()).param("s", subscriptionId).param("at", Timestamp.from(at)).param("choice", choice)
                .param("p", profileId).update();
    }
}
