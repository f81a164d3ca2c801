package nl.gedeeldbeeld.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiTokensTest {
    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-12-07T04:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
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

    private final MovingClock clock = new MovingClock();
    private final ApiTokens tokens = new ApiTokens(clock, Duration.ofMinutes(30), 3);

    @Test
    void aTokenIsValidForItsLifetimeAndNotAMomentLonger() {
        ApiTokens.Issued issued = tokens.issue("analist-politie", Optional.of("THEMATISCHE_ANALYSE"));
        assertThat(issued.holder().expiresAt()).isEqualTo(clock.now.plus(Duration.ofMinutes(30)));
        clock.now = clock.now.plus(Duration.ofMinutes(29));
        assertThat(tokens.holder(issued.token())).map(ApiTokens.Holder::userId).contains("analist-politie");
        assertThat(tokens.holder(issued.token())).flatMap(ApiTokens.Holder::purpose).contains("THEMATISCHE_ANALYSE");
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        assertThat(tokens.holder(issued.token())).isEmpty();
    }

    @Test
    void tokensAreRandomAndOnlyTheIssuedValueOpensOne() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            seen.add(tokens.issue("user-" + i, Optional.empty()).token());
        }
        assertThat(seen).hasSize(50).allMatch(t -> t.length() >= ApiTokens.PREFIX.length() + 43);
        String one = seen.iterator().next();
        assertThat(tokens.holder(one)).isPresent();
        assertThat(tokens.holder(one.substring(0, one.length() - 1) + (one.endsWith("A") ? "B" : "A"))).isEmpty();
        assertThat(tokens.holder(null)).isEmpty();
    }

    @Test
    void aRevokedTokenNoLongerOpensAndAUsersOldestTokenGivesWayBeyondTheLimit() {
        ApiTokens.Issued first = tokens.issue("rechercheur-fiod", Optional.empty());
        clock.now = clock.now.plusSeconds(1);
        ApiTokens.Issued second = tokens.issue("rechercheur-fiod", Optional.empty());
        assertThat(tokens.revoke(second.token())).isPresent();
        assertThat(tokens.holder(second.token())).isEmpty();
        assertThat(tokens.revoke(second.token())).isEmpty();

        for (int i = 0; i < 3; i++) {
            clock.now = clock.now.plusSeconds(1);
            tokens.issue("rechercheur-fiod", Optional.empty());
        }
        assertThat(tokens.holder(first.token())).as("the oldest of four gave way").isEmpty();
    }

    @Test
    void aLifetimeOfNothingOrMoreThanADayIsRefused() {
        assertThatThrownBy(() -> new ApiTokens(clock, Duration.ZERO, 1)).hasMessageContaining("lifetime");
        assertThatThrownBy(() -> new ApiTokens(clock, Duration.ofDays(2), 1)).hasMessageContaining("lifetime");
    }
}
