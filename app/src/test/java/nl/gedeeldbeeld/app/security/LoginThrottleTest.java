package nl.gedeeldbeeld.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2025-06-02T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, LoginThrottle.Limits.defaults());

    private void fail(int times, String user, String address) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address);
        }
    }

    @Test
    void fourFailuresCostNothingAndEachFurtherOneDoublesTheWaitUpToFifteenMinutes() {
        fail(4, "jan", "10.0.0.1");
        assertThat(throttle.lockedFor("jan", "10.0.0.1")).isEmpty();
        throttle.failed("jan", "10.0.0.1");
        assertThat(throttle.lockedFor("jan", "10.0.0.1")).contains(Duration.ofSeconds(5));
        throttle.failed("jan", "10.0.0.1");
        assertThat(throttle.lockedFor("jan", "10.0.0.1")).contains(Duration.ofSeconds(10));
        throttle.failed("jan", "10.0.0.1");
        assertThat(throttle.lockedFor("jan", "10.0.0.1")).contains(Duration.ofSeconds(20));
        fail(20, "jan", "10.0.0.1");
        assertThat(throttle.lockedFor("jan", "10.0.0.1")).contains(Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.lockedFor("jan", "10.0.0.1")).isEmpty();
    }

    @Test
    @DisplayName("finding 16: failures of an account from one address never refuse it from another address")
    void finding16FailuresFromOneAddressDoNotRefuseTheAccountElsewhere() {
        fail(10, "jan", "10.0.0.1");
        assertThat(throttle.lockedFor("jan", "10.0.0.1")).isPresent();
        assertThat(throttle.lockedFor("jan", "10.0.0.2")).isEmpty();
        assertThat(throttle.lockedFor("JAN ", "10.0.0.3")).isEmpty();
    }

    @Test
    @DisplayName("finding 16: one user's failures behind a shared address never refuse the other users behind it")
    void finding16OneUsersFailuresDoNotRefuseColleaguesBehindTheSameAddress() {
        fail(10, "jan", "10.0.0.1");
        assertThat(throttle.lockedFor("piet", "10.0.0.1")).isEmpty();
        assertThat(throttle.lockedFor("klaas", "10.0.0.1")).isEmpty();
    }

    @Test
    void aSuccessfulSignInClearsItsOwnPair() {
        fail(5, "jan", "10.0.0.1");
        clock.advance(Duration.ofMinutes(1));
        throttle.succeeded("jan", "10.0.0.1");
        throttle.failed("jan", "10.0.0.1");
        assertThat(throttle.lockedFor("jan", "10.0.0.1")).isEmpty();
    }

    @Test
    void sprayingManyNamesFromOneAddressMakesUntrustedNamesThereWaitButNotTrustedOnes() {
        throttle.succeeded("collega", "10.0.0.1");
        for (int i = 0; i < 30; i++) {
            throttle.failed("gebruiker-" + i, "10.0.0.1");
        }
        assertThat(throttle.lockedFor("nog-een", "10.0.0.1")).isPresent();
        assertThat(throttle.lockedFor("collega", "10.0.0.1")).as("signed in from here before").isEmpty();
        assertThat(throttle.lockedFor("nog-een", "10.0.0.2")).isEmpty();
        clock.advance(Duration.ofHours(1));
        assertThat(throttle.lockedFor("nog-een", "10.0.0.1")).isEmpty();
    }

    @Test
    @DisplayName("ASVS 2.2.1: at most 100 failures an hour on one account, however many addresses guess")
    void aDistributedAttackOnOneAccountIsCappedButTrustedAddressesKeepWorking() {
        throttle.succeeded("jan", "10.9.9.9");
        for (int i = 0; i < 100; i++) {
            throttle.failed("jan", "10.1." + (i / 250) + "." + (i % 250));
        }
        assertThat(throttle.lockedFor("jan", "10.2.0.1")).as("a fresh address during the attack").isPresent();
        assertThat(throttle.lockedFor("jan", "10.9.9.9")).as("the address jan signed in from").isEmpty();
        clock.advance(Duration.ofMinutes(61));
        assertThat(throttle.lockedFor("jan", "10.2.0.1")).isEmpty();
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        fail(4, "jan", "10.0.0.1");
        clock.advance(Duration.ofHours(1));
        throttle.failed("jan", "10.0.0.1");
        assertThat(throttle.lockedFor("jan", "10.0.0.1")).isEmpty();
    }

    @Test
    void memoryIsBoundedByForgettingTheLeastRecentlyTouchedKeys() {
        LoginThrottle small = new LoginThrottle(clock, new LoginThrottle.Limits(0, Duration.ofMinutes(15),
                Duration.ofMinutes(15), Duration.ofHours(1), 100, 100, Duration.ofDays(1), 4));
        small.failed("jan", "10.0.0.1");
        for (int i = 0; i < 10; i++) {
            small.lockedFor("jan", "10.0.0.1");
            small.failed("anderen-" + i, "10.0.1." + i);
        }
        assertThat(small.lockedFor("jan", "10.0.0.1")).as("touched by every attempt, so kept").isPresent();
        assertThat(small.lockedFor("anderen-0", "10.0.1.0")).as("forgotten").isEmpty();
    }

    @Test
    void limitsMustBePositive() {
        LoginThrottle.Limits d = LoginThrottle.Limits.defaults();
        assertThatThrownBy(() -> new LoginThrottle.Limits(4, Duration.ZERO, d.maxDelay(), d.window(), 100, 30, d.trust(), 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginThrottle.Limits(4, d.firstDelay(), d.maxDelay(), d.window(), 0, 30, d.trust(), 10))
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
