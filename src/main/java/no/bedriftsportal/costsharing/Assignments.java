package no.bedriftsportal.costsharing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.bedriftsportal.costsharing.SubscriptionChoice.Choice;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Change;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.MaskedNumber;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.database.CompanyDataVersions;
import no.bedriftsportal.subscription.SubscriptionActivated;

/**
 * Which profile each subscription has (#14.2): a new subscription starts as "NY! (ikke valgt)"; an
 * administrator gives subscriptions a profile (a live one of the company; its rating rules are
 * handed to {@link RatingSteer} at once) or "Ingen profil", one or many at a time. Every choice is a
 * new row (the latest is current, the one before a month's cutoff is in force for it) and an audit
 * entry. Only subscriptions within the caller's scope can be chosen for.
 */
@Service
public class Assignments {

    /** How many numbers an audit entry lists before "…". */
    private static final int AUDIT_NUMBERS = 20;

    private final AssignmentRepository repository;
    private final ProfileRepository profiles;
    private final RatingSteer steering;
    private final AuditTrail audit;
    private final CompanyDataVersions dataVersions;
    private final Clock clock;

    Assignments(AssignmentRepository repository, ProfileRepository profiles, RatingSteer steering, AuditTrail audit,
            CompanyDataVersions dataVersions, Clock clock) {
        this.repository = repository;
        this.profiles = profiles;
        this.steering = steering;
        this.audit = audit;
        this.dataVersions = dataVersions;
        this.clock = clock;
    }

    /** A subscription activated starts as "NY! (ikke valgt)", in the activation's transaction. */
    @EventListener
    void activated(SubscriptionActivated event) {
        // NY! from the line's first day (or now, for a line that starts later), so that a choice made for an earlier
        // month, as the operator's history or the demo records it, is not overruled by the activation itself
        Instant start = Oslo.startOf(event.activeFrom());
        Instant now = clock.instant();
        repository.insert(event.companyId(), List.of(event.subscriptionId()), Choice.NEW, null, start.isBefore(now) ? start : now,
                ChangedBy.SYSTEM.rowName());
    }

    /**
     * Records a choice for these subscriptions as made at {@code at}, by {@code by} (a profile's rating
     * rules go to them at once): for seeding history (the demo company's choices of the past year),
     * not for the pages or the API, and without audit entries. Record in the order of {@code at},
     * after the subscriptions' activation.
     *
     * @param profileId the profile, with {@link Choice#PROFILE} only
     */
    @Transactional
    public void recordAt(long companyId, Collection<Long> subscriptionIds, Choice choice, Long profileId, String by, Instant at) {
        List<Long> ids = List.copyOf(subscriptionIds);
        if (ids.isEmpty()) {
            return;
        }
        if (choice == Choice.PROFILE) {
            ProfileVersion profile = liveProfile(companyId, profileId)
                    .orElseThrow(() -> new NotFoundException("profile " + profileId));
            repository.insert(companyId, ids, Choice.PROFILE, profileId, at, by);
            steering.apply(companyId, ids, profile.rules(), by);
        } else {
            repository.insert(companyId, ids, choice, null, at, by);
        }
        dataVersions.changed(companyId);
    }

    /** The subscription's current choice, when it is in the scope. */
    public Optional<SubscriptionChoice> current(AccessScope scope, long subscriptionId) {
        if (repository.inScope(scope, List.of(subscriptionId)).isEmpty()) {
            return Optional.empty();
        }
        return repository.current(scope.companyId(), subscriptionId);
    }

    /** How many subscriptions active today in the scope are still "NY! (ikke valgt)". */
    public long countNew(AccessScope scope) {
        return repository.countNew(scope, Oslo.today(clock));
    }

    /** The company's live profiles (latest versions), by name: what a subscription can be given. */
    List<ProfileVersion> profiles(long companyId) {
        return profiles.currentVersions(companyId).stream()
                .sorted(java.util.Comparator.comparing(ProfileVersion::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The latest version of a live profile of the company. */
    private Optional<ProfileVersion> liveProfile(long companyId, long profileId) {
        return profiles.versions(companyId, profileId).stream().findFirst();
    }

    /** Gives these subscriptions the profile; how many. */
    @Transactional
    int setProfile(AccessScope scope, Collection<Long> subscriptionIds, long profileId, ChangedBy by) {
        ProfileVersion profile = liveProfile(scope.companyId(), profileId)
                .orElseThrow(() -> new InvalidInputException("profileId", "invoiceControl.users.error.profile",
                        "profile " + profileId + " is not a profile of the company"));
        List<AssignmentRepository.Selected> selected = select(scope, subscriptionIds);
        List<Long> ids = selected.stream().map(AssignmentRepository.Selected::subscriptionId).toList();
        repository.insert(scope.companyId(), ids, Choice.PROFILE, profile.profileId(), clock.instant(), by.rowName());
        steering.apply(scope.companyId(), ids, profile.rules(), by.rowName());
        record(scope, Change.PROFILE_ASSIGNED, List.of(profile.name(), ids.size(), numbers(selected)));
        return ids.size();
    }

    /** Gives these subscriptions "Ingen profil"; how many. */
    @Transactional
    int removeProfile(AccessScope scope, Collection<Long> subscriptionIds, ChangedBy by) {
        List<AssignmentRepository.Selected> selected = select(scope, subscriptionIds);
        List<Long> ids = selected.stream().map(AssignmentRepository.Selected::subscriptionId).toList();
        repository.insert(scope.companyId(), ids, Choice.NO_PROFILE, null, clock.instant(), by.rowName());
        record(scope, Change.PROFILE_REMOVED, List.of(ids.size(), numbers(selected)));
        return ids.size();
    }

    /** Either choice, as the API and the bulk form say it: {@code PROFILE} with a profile id, or {@code NO_PROFILE}. */
    @Transactional
    int choose(AccessScope scope, Collection<Long> subscriptionIds, Choice choice, Long profileId, ChangedBy by) {
        if (choice == Choice.PROFILE) {
            if (profileId == null) {
                throw new InvalidInputException("profileId", "invoiceControl.users.error.profileRequired", "profileId is required");
            }
            return setProfile(scope, subscriptionIds, profileId, by);
        }
        if (choice == Choice.NO_PROFILE) {
            return removeProfile(scope, subscriptionIds, by);
        }
        throw new InvalidInputException("choice", "invoiceControl.users.error.choice", "choice is PROFILE or NO_PROFILE");
    }

    /** The subscriptions of the scope among these ids: none, or one out of scope, is refused whole. */
    List<AssignmentRepository.Selected> select(AccessScope scope, Collection<Long> subscriptionIds) {
        Set<Long> wanted = new LinkedHashSet<>();
        subscriptionIds.stream().filter(Objects::nonNull).forEach(wanted::add);
        if (wanted.isEmpty()) {
            throw new InvalidInputException("subscriptionIds", "invoiceControl.users.error.noneSelected",
                    "choose at least one subscription");
        }
        if (wanted.size() > 10_000) {
            throw new InvalidInputException("subscriptionIds", "invoiceControl.users.error.tooMany",
                    "at most 10000 subscriptions at a time");
        }
        List<AssignmentRepository.Selected> selected = repository.inScope(scope, wanted);
        if (selected.size() != wanted.size()) {
            throw new NotFoundException("subscription");
        }
        return selected;
    }

    private void record(AccessScope scope, Change change, List<?> arguments) {
        audit.changed(change, null, arguments);
        dataVersions.changed(scope.companyId());
    }

    /** The masked numbers for an audit entry, at most {@link #AUDIT_NUMBERS} and "…". */
    static String numbers(List<AssignmentRepository.Selected> selected) {
        List<String> numbers = new ArrayList<>();
        selected.stream().limit(AUDIT_NUMBERS).forEach(one -> numbers.add(MaskedNumber.mask(one.msisdn())));
        return String.join(", ", numbers) + (selected.size() > AUDIT_NUMBERS ? ", …" : "");
    }
}
