package no.bedriftsportal.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that can be moved, for the demo and the {@code test} profile only (never in production):
 * it follows real time shifted by an offset, or stands still at an instant. An integrator moves it
 * through {@code /api/operator/test/clock} to play whole months through (issue #10, as Kill Bill's
 * test clock); tests hold it still so that no test depends on the day it runs.
 */
public class MovableClock extends Clock {

    private final Clock real;
    /** Where the clock stands while it stands still; null while it follows real time. */
    private volatile Instant standing;
    private volatile Duration offset = Duration.ZERO;

    /** A clock that follows real time until it is moved. */
    public MovableClock() {
        this(Clock.systemUTC(), null);
    }

    /** A clock that stands still at {@code standing} until it is moved. */
    public MovableClock(Instant standing) {
        this(Clock.systemUTC(), standing);
    }

    MovableClock(Clock real, Instant standing) {
        this.real = real;
        this.standing = standing;
    }

    /** Sets the clock to {@code instant}; a running clock goes on running from there. */
    public synchronized void set(Instant instant) {
        if (standing != null) {
            standing = instant;
        } else {
            offset = Duration.between(real.instant(), instant);
        }
    }

    /** Moves the clock by {@code duration} (backwards when negative). */
    public synchronized void advance(Duration duration) {
        set(instant().plus(duration));
    }

    /** True while the clock stands still (tests), false while it runs (the demo). */
    public boolean standsStill() {
        return standing != null;
    }

    @Override
    public Instant instant() {
        Instant still = standing;
        return still != null ? still : real.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MovableClock moved = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return moved.withZone(other);
            }

            @Override
            public Instant instant() {
                return moved.instant();
            }
        };
    }
}
