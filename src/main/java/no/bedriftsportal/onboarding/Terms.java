package no.bedriftsportal.onboarding;

/** A version of the terms the portal is ordered on (#17.4): the form shows the current one, an order records the one accepted. */
public record Terms(int version, String title, String body) {
}
