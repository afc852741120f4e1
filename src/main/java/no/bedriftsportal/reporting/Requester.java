package no.bedriftsportal.reporting;

import no.bedriftsportal.identity.PortalPrincipal;
import no.bedriftsportal.shared.AccessScope;

/**
 * Who asks, as the saved reports see it: what they may read, the portal user who owns what they
 * save, and whether they see and change every saved report of the company (a super user) or only
 * their own. The page and the API each make one ({@link #of(PortalPrincipal)}, {@code SavedReportsApi}).
 */
record Requester(AccessScope scope, long portalUserId, boolean superUser) {

    static Requester of(PortalPrincipal me) {
        return new Requester(me.scope(), me.portalUserId(), me.superUser());
    }

    long companyId() {
        return scope.companyId();
    }

    /** Whether they see and may change a saved report of this owner. */
    boolean reaches(long ownerId) {
        return superUser || ownerId == portalUserId;
    }
}
