package nl.gedeeldbeeld.model.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.gedeeldbeeld.model.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReliabilityTest {

    @Test
    void aCodeIsReadWhateverItsCaseAndSurroundingSpace() {
        assertThat(Reliability.parse("B2")).isEqualTo(new Reliability('B', 2));
        assertThat(Reliability.parse(" c3 ")).isEqualTo(new Reliability('C', 3));
        assertThat(Reliability.parse("f6").code()).isEqualTo("F6");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "B", "B22", "2B", "BB", "É1", "B٢", "B-2"})
    void aCodeThatIsNotALetterAndADigitIsRefusedWithTheExpectedForm(String code) {
        assertThatThrownBy(() -> Reliability.parse(code)).isInstanceOf(UserInputException.class)
                .hasMessageContaining("e.g. B2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"G1", "A0", "A7", "Z9"})
    void aLetterOrDigitOutsideTheScaleIsRefusedWithTheGrade(String code) {
        assertThatThrownBy(() -> Reliability.parse(code)).isInstanceOf(UserInputException.class)
                .hasMessageContaining("grade must be");
    }
}
