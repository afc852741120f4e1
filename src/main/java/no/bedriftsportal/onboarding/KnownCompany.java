package no.bedriftsportal.onboarding;

import no.bedriftsportal.shared.OrgNumber;

/** A company as the order form shows it when its organisation number is the operator's customer (#17.4). */
public record KnownCompany(long id, OrgNumber orgNumber, String name, String address) {
}
