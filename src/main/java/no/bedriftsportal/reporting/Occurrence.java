package no.bedriftsportal.reporting;

import java.time.Instant;

/**
 * One time a schedule is due: its key, unique per schedule ({@code 2026-12-07} for a date,
 * {@code invoice-run:2026-11} after a month's invoice run), and the instant it falls due. The key
 * is what a run claims (ADR 0022), so two nodes or two ticks that see the same occurrence agree on it.
 */
record Occurrence(String key, Instant dueAt) {
}
