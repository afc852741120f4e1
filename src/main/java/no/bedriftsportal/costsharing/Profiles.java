package no.bedriftsportal.costsharing;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.ConflictException;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.Oslo;

/**
 * The company's cost-sharing profiles (IC5, issue #14.1): list, read with every version, create,
 * copy, change and delete. Every save is a new version (who saved, when), so the results of a usage
 * month can use the version in force for it ({@link RulesInForce}); the name is unique among the
 * company's live profiles; a profile some subscription has now cannot be deleted. Saving a profile
 * hands its rating rules to its subscriptions at once ({@link RatingSteer}). The pages and the API
 * record each save in the audit log.
 */
@Service
@org.springframework.boot.context.properties.EnableConfigurationProperties(CostSharingProperties.class)
public class Profiles {

    static final String STANDARD_NAME = "Standard";
    static final String PRIVATE_USE_NAME = "Privat bruk betales selv";
    static final String SYSTEM = "system";

    private final ProfileRepository repository;
    private final ProfileCheck check;
    private final RatingSteer steer;
    private final Clock clock;

    Profiles(ProfileRepository repository, ProfileCheck check, RatingSteer steer, Clock clock) {
        this.repository = repository;
        this.check = check;
        this.steer = steer;
        this.clock = clock;
    }

    /**
     * The company's live profiles, the ready-made ones first, then by name, each with its latest
     * version and how many of the scope's subscriptions have it now.
     */
    @Transactional(readOnly = true)
    public List<ProfileSummary> list(AccessScope scope) {
        Map<Long, Long> counts = repository.subscriptionCounts(scope, Oslo.today(clock));
        return repository.currentVersions(scope.companyId()).stream()
                .sorted(Comparator.comparing((ProfileVersion v) -> readyMadeOrder(v.readyMade()))
                        .thenComparing(v -> v.name().toLowerCase(java.util.Locale.ROOT)).thenComparing(ProfileVersion::profileId))
                .map(version -> new ProfileSummary(version, counts.getOrDefault(version.profileId(), 0L)))
                .toList();
    }

    /** A live profile of the company with every version, the newest first; {@link NotFoundException} otherwise. */
    @Transactional(readOnly = true)
    public ProfileDetail get(AccessScope scope, long profileId) {
        List<ProfileVersion> versions = repository.versions(scope.companyId(), profileId);
        if (versions.isEmpty()) {
            throw new NotFoundException("profile " + profileId);
        }
        long subscriptions = repository.subscriptionCounts(scope, Oslo.today(clock)).getOrDefault(profileId, 0L);
        return new ProfileDetail(profileId, versions.get(0).readyMade(), versions, subscriptions);
    }

    /**
     * A new profile, version 1.
     *
     * @param by the name of who saves, kept with the version
     * @throws InvalidProfileException naming every bad field
     * @throws ConflictException       when another live profile has the name
     */
    @Transactional
    public ProfileVersion create(AccessScope scope, ProfileDraft draft, String by) {
        return createAt(scope, draft, by, clock.instant());
    }

    /**
     * {@link #create} as saved at {@code at}: for seeding history (the demo company's profiles of
     * the past year), not for the pages or the API. Save in the order of {@code at}.
     */
    @Transactional
    public ProfileVersion createAt(AccessScope scope, ProfileDraft draft, String by, Instant at) {
        CompanyWideRules.requireWholeCompany(scope);
        ProfileRules rules = check.rules(draft);
        String name = ProfileCheck.name(draft);
        repository.lock(scope.companyId());
        requireFreeName(scope.companyId(), name, null);
        long profileId = repository.insertProfile(scope.companyId(), null, at);
        repository.insertVersion(scope.companyId(), profileId, name, rules, at, by);
        return current(scope.companyId(), profileId);
    }

    /**
     * Saves a new version of a live profile; its rating rules go to the subscriptions that have it now.
     *
     * @throws InvalidProfileException naming every bad field
     * @throws ConflictException       when another live profile has the name
     */
    @Transactional
    public ProfileVersion change(AccessScope scope, long profileId, ProfileDraft draft, String by) {
        return changeAt(scope, profileId, draft, by, clock.instant());
    }

    /**
     * {@link #change} as saved at {@code at} (its rating rules still go to the subscriptions at once):
     * for seeding history (the demo company's profile changed during the past year), not for the
     * pages or the API. Save in the order of {@code at}, after the profile's latest version.
     */
    @Transactional
    public ProfileVersion changeAt(AccessScope scope, long profileId, ProfileDraft draft, String by, Instant at) {
        CompanyWideRules.requireWholeCompany(scope);
        ProfileRules rules = check.rules(draft);
        String name = ProfileCheck.name(draft);
        repository.lock(scope.companyId());
        requireLive(scope.companyId(), profileId);
        requireFreeName(scope.companyId(), name, profileId);
        repository.insertVersion(scope.companyId(), profileId, name, rules, at, by);
        steer.apply(scope.companyId(), repository.subscriptionsWith(scope.companyId(), profileId, Oslo.today(clock)), rules, by);
        return current(scope.companyId(), profileId);
    }

    /** A new profile with the rules of this one, named "Kopi av …" (with a number when that is taken too). */
    @Transactional
    public ProfileVersion copy(AccessScope scope, long profileId, String by) {
        CompanyWideRules.requireWholeCompany(scope);
        repository.lock(scope.companyId());
        ProfileVersion original = current(scope.companyId(), profileId);
        String name = copyName(scope.companyId(), original.name());
        Instant now = clock.instant();
        long copyId = repository.insertProfile(scope.companyId(), null, now);
        repository.insertVersion(scope.companyId(), copyId, name, original.rules(), now, by);
        return current(scope.companyId(), copyId);
    }

    /**
     * Deletes a live profile (its versions stay, for the months they were in force).
     *
     * @return the deleted profile's last version
     * @throws ConflictException when a subscription has it now
     */
    @Transactional
    public ProfileVersion delete(AccessScope scope, long profileId, String by) {
        CompanyWideRules.requireWholeCompany(scope);
        repository.lock(scope.companyId());
        ProfileVersion current = current(scope.companyId(), profileId);
        int inUse = repository.subscriptionsWith(scope.companyId(), profileId, Oslo.today(clock)).size();
        if (inUse > 0) {
            throw new ConflictException("profile", "invoiceControl.profiles.error.inUse",
                    "The profile " + current.name() + " cannot be deleted: " + inUse
                            + " subscriptions have it. Give them another profile first.", current.name(), inUse);
        }
        repository.delete(scope.companyId(), profileId, clock.instant(), by);
        return current;
    }

    /** Gives a new company the two ready-made profiles, version 1 saved by {@code system} now. */
    @Transactional
    public void createReadyMade(long companyId) {
        Instant now = clock.instant();
        long standard = repository.insertProfile(companyId, "STANDARD", now);
        repository.insertVersion(companyId, standard, STANDARD_NAME, ProfileRules.standard(), now, SYSTEM);
        long privateUse = repository.insertProfile(companyId, "PRIVATE_USE", now);
        repository.insertVersion(companyId, privateUse, PRIVATE_USE_NAME, ProfileRules.privateUse(), now, SYSTEM);
    }

    /**
     * Moves the ready-made profiles' first version (and the profiles) back to {@code at}, while it is
     * their only version: for seeding history, so that a company registered today (the demo) has had
     * them in force for the months it shows.
     */
    @Transactional
    public void backdateReadyMade(long companyId, Instant at) {
        repository.backdateReadyMade(companyId, at);
    }

    private ProfileVersion current(long companyId, long profileId) {
        return repository.versions(companyId, profileId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("profile " + profileId));
    }

    private void requireLive(long companyId, long profileId) {
        repository.live(companyId, profileId).orElseThrow(() -> new NotFoundException("profile " + profileId));
    }

    private void requireFreeName(long companyId, String name, Long exceptProfileId) {
        if (repository.nameTaken(companyId, name, exceptProfileId)) {
            throw new ConflictException("name", "invoiceControl.profiles.error.name.taken",
                    "Another profile is already called " + name, name);
        }
    }

    private String copyName(long companyId, String original) {
        for (int n = 1; ; n++) {
            String suffix = n == 1 ? "" : " (" + n + ")";
            String prefix = "Kopi av ";
            String base = original.length() > ProfileCheck.NAME_MAX - prefix.length() - suffix.length()
                    ? original.substring(0, ProfileCheck.NAME_MAX - prefix.length() - suffix.length()).strip() : original;
            String name = prefix + base + suffix;
            if (!repository.nameTaken(companyId, name, null)) {
                return name;
            }
        }
    }

    private static int readyMadeOrder(String readyMade) {
        return readyMade == null ? 2 : "STANDARD".equals(readyMade) ? 0 : 1;
    }
}
