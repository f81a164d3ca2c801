package nl.gedeeldbeeld.store.search;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import nl.gedeeldbeeld.model.UserInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Findings 14 and 15: every search is bounded before the index is touched, and the refusal names the bound. */
class SearchBoundsTest {
    private static final SearchAccess ACCESS = TestAccess.allOf("politie");

    @Test
    @DisplayName("finding 14: an offset beyond 10,000 (the cursor o:2147482637) is refused, not ranked into memory")
    void finding14AnOffsetBeyondTheWindowIsRefused() {
        assertThatThrownBy(() -> SearchQuery.of("jan", ACCESS).page(2_147_482_637, 20))
                .isInstanceOf(UserInputException.class).hasMessageContaining("offset must be 0 to 10000");
        assertThatCode(() -> SearchQuery.of("jan", ACCESS).page(SearchBounds.MAX_OFFSET, SearchQuery.MAX_LIMIT))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> SearchQuery.of("jan", ACCESS).page(0, 1_001))
                .isInstanceOf(UserInputException.class).hasMessageContaining("limit must be 1 to 1000");
        assertThatThrownBy(() -> SearchBounds.checkPage(0, 101))
                .isInstanceOf(UserInputException.class).hasMessageContaining("limit must be 1 to 100");
    }

    @Test
    @DisplayName("finding 14: a 7,500-character text is refused naming the 200-character bound")
    void finding14ALongTextIsRefused() {
        assertThatThrownBy(() -> SearchQuery.of("a".repeat(7_500), ACCESS))
                .isInstanceOf(UserInputException.class).hasMessage("the search text may be at most 200 characters, got 7500");
        assertThatCode(() -> SearchQuery.of("a".repeat(200), ACCESS)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("finding 15: a 1,000-word text (Lucene's clause limit, a 500) is refused naming the word bound")
    void finding15AThousandWordsAreRefused() {
        String thirteen = String.join(" ", Collections.nCopies(13, "jan"));
        assertThatThrownBy(() -> SearchQuery.of(thirteen, ACCESS))
                .isInstanceOf(UserInputException.class).hasMessage("the search text may have at most 12 words, got 13");
        assertThatThrownBy(() -> SearchQuery.of(String.join(" ", Collections.nCopies(1_000, "a")), ACCESS))
                .isInstanceOf(UserInputException.class);
        assertThatCode(() -> SearchQuery.of("  jan   van der  berg  ", ACCESS)).doesNotThrowAnyException();
    }
}
