package no.bedriftsportal;

import java.time.Instant;

import no.bedriftsportal.shared.MovableClock;

/**
 * The tests' clock: it stands still at {@link #START}, so that no test depends on the day it runs,
 * until a test sets or advances it; {@link #reset()} puts it back. {@code -Dportal.test.clock=<instant>}
 * starts it elsewhere: the {@code clock-matrix} runs of the build start the date-sensitive suites at
 * a month's last evening, New Year, both DST nights and a 29 February (pom.xml).
 */
public final class TestClock extends MovableClock {

    /** Where every test starts unless told otherwise: an ordinary weekday afternoon, in Oslo 20.11.2026 15:00. */
    public static final Instant START = Instant.parse(System.getProperty("portal.test.clock", "2026-11-20T14:00:00Z"));

    public TestClock() {
        super(START);
    }

    /** Back to {@link #START}. */
    public void reset() {
        set(START);
    }
}
