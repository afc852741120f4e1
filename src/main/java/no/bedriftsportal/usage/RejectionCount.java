package no.bedriftsportal.usage;

/**
 * Rejected records of a file past those kept one by one: how many had a reason, written with its
 * figures and quoted values as {@code #} and {@code '…'} so that alike reasons add up.
 */
public record RejectionCount(String reason, long records) {
}
