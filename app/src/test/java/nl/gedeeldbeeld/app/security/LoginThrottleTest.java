package nl.gedeeldbeeld.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2025-06-02T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock,
            new LoginThrottle.Limits(5, Duration.ofMinutes(15), Duration.ofMinutes(15), 100));

    private void fail(int times, String user, String address) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address);
        }
    }

    @Test
    void fourFailuresLockNothingAndTheFifthLocksForFifteenMinutes() {
        fail(4, "jan", "10.0.0.1");
        assertThat(throttle.lockedFor("jan", "10.0.0.1")).isEmpty();
        throttle.failed("jan", "10.0.0.1");
        assertThat(throttle.lockedFor("jan", "10.0.0.1")).contains(Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.lockedFor("jan", "10.0.0.1")).contains(Duration.ofMinutes(5));
        clock.advance(Duration.ofMinutes(5));
        assertThat(throttle.lockedFor("jan", "10.0.0.1")).isEmpty();
    }

    @Test
    void aLockedUserNameStaysLockedFromAnyAddress() {
        fail(5, "jan", "10.0.0.1");
        assertThat(throttle.lockedFor("jan", "10.0.0.2")).isPresent();
        assertThat(throttle.lockedFor("JAN ", "10.0.0.3")).isPresent();
        assertThat(throttle.lockedFor("piet", "10.0.0.2")).isEmpty();
    }

    @Test
    void aLockedAddressStaysLockedForEveryUserName() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("gebruiker-" + i, "10.0.0.1");
        }
        assertThat(throttle.lockedFor("nog-een", "10.0.0.1")).isPresent();
        assertThat(throttle.lockedFor("gebruiker-0", "10.0.0.2")).isEmpty();
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        fail(4, "jan", "10.0.0.1");
        clock.advance(Duration.ofMinutes(15));
        throttle.failed("jan", "10.0.0.1");
        assertThat(throttle.lockedFor("jan", "10.0.0.1")).isEmpty();
    }

    @Test
    void aSuccessfulSignInClearsTheUserNameButNotTheAddress() {
        fail(4, "jan", "10.0.0.1");
        throttle.succeeded("jan");
        fail(1, "jan", "10.0.0.2");
        assertThat(throttle.lockedFor("jan", "10.0.0.9")).isEmpty();
        throttle.failed("piet", "10.0.0.1");
        assertThat(throttle.lockedFor("klaas", "10.0.0.1")).isPresent();
    }

    @Test
    void failuresDuringALockDoNotProlongIt() {
        fail(5, "jan", "10.0.0.1");
        clock.advance(Duration.ofMinutes(14));
        throttle.failed("jan", "10.0.0.1");
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.lockedFor("jan", "10.0.0.1")).isEmpty();
    }

    @Test
    void memoryIsBoundedByForgettingTheLeastRecentlyTouchedKeys() {
        LoginThrottle small = new LoginThrottle(clock, new LoginThrottle.Limits(1, Duration.ofMinutes(15), Duration.ofMinutes(15), 4));
        small.failed("jan", "10.0.0.1");
        for (int i = 0; i < 10; i++) {
            small.lockedFor("jan", "10.0.0.1");
            small.failed("anderen-" + i, "10.0.1." + i);
        }
        assertThat(small.lockedFor("jan", "10.0.0.99")).as("touched by every attempt, so kept").isPresent();
        assertThat(small.lockedFor("anderen-0", "10.0.0.99")).as("forgotten").isEmpty();
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> new LoginThrottle.Limits(0, Duration.ofMinutes(1), Duration.ofMinutes(1), 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginThrottle.Limits(5, Duration.ZERO, Duration.ofMinutes(1), 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
