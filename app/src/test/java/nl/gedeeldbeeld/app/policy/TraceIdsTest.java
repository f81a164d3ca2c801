package nl.gedeeldbeeld.app.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class TraceIdsTest {

    @Test
    void aValidTraceparentGivesItsTraceId() {
        assertThat(TraceIds.fromTraceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
                .contains("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(TraceIds.fromTraceparent("cc-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-future"))
                .as("a later version may add fields").contains("4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @Test
    void anInvalidTraceparentStartsANewTrace() {
        assertThat(TraceIds.fromTraceparent(null)).isEmpty();
        assertThat(TraceIds.fromTraceparent("00-00000000000000000000000000000000-00f067aa0ba902b7-01")).isEmpty();
        assertThat(TraceIds.fromTraceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01")).isEmpty();
        assertThat(TraceIds.fromTraceparent("ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")).isEmpty();
        assertThat(TraceIds.fromTraceparent("00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01")).isEmpty();
        assertThat(TraceIds.fromTraceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra")).isEmpty();
    }

    @Test
    void aRequestKeepsOneTraceIdAndAFreshOneIs32HexDigits() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        String id = TraceIds.of(request);
        assertThat(id).matches("[0-9a-f]{32}");
        assertThat(TraceIds.of(request)).isEqualTo(id);
        assertThat(TraceIds.fresh()).isNotEqualTo(id);
    }

    @Test
    void onlyPathsOnThisSiteAreReturnAddresses() {
        assertThat(LocalPath.isSafe("/entiteiten/e1?x=1")).isTrue();
        assertThat(LocalPath.isSafe("/")).isTrue();
        assertThat(LocalPath.isSafe("//evil.example/")).isFalse();
        assertThat(LocalPath.isSafe("/\\evil.example")).isFalse();
        assertThat(LocalPath.isSafe("https://evil.example/")).isFalse();
        assertThat(LocalPath.isSafe("javascript:alert(1)")).isFalse();
        assertThat(LocalPath.isSafe("/a\r\nSet-Cookie: x")).isFalse();
        assertThat(LocalPath.isSafe("")).isFalse();
    }
}
