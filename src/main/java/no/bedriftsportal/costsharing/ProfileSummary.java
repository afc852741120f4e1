package no.bedriftsportal.costsharing;

/**
 * A live profile as the list shows it: its latest version and how many subscriptions have it now.
 *
 * @param subscriptions subscriptions (active or yet to start) whose current choice is this profile
 */
public record ProfileSummary(ProfileVersion current, long subscriptions) {

    public long profileId() {
        return current.profileId();
    }

    public String name() {
        return current.name();
    }
}
