package no.bedriftsportal.costsharing;

import java.util.List;

/**
 * A live profile with every saved version, the newest first.
 *
 * @param subscriptions subscriptions (active or yet to start) whose current choice is this profile
 */
public record ProfileDetail(long profileId, String readyMade, List<ProfileVersion> versions, long subscriptions) {

    public ProfileDetail {
        versions = List.copyOf(versions);
    }

    public ProfileVersion current() {
        return versions.get(0);
    }

    public boolean inUse() {
        return subscriptions > 0;
    }
}
