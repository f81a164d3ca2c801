package nl.gedeeldbeeld.synth;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ChecksumTest {

    @Test
    void ibanFactoryReproducesThePublishedAbnAmroExample() {
        assertThat(IbanFactory.iban(Bank.ABNA, 417_164_300L)).isEqualTo("NL91ABNA0417164300");
    }

    @Test
    void publishedForeignIbansValidateAndBrokenOnesDoNot() {
        assertThat(IbanFactory.isValid("DE89370400440532013000")).isTrue();
        assertThat(IbanFactory.isValid("BE68539007547034")).isTrue();
        assertThat(IbanFactory.isValid("NL91 ABNA 0417 1643 00")).isTrue();
        assertThat(IbanFactory.isValid("NL92ABNA0417164300")).isFalse();
    }

    @Test
    void generatedIbansOfEveryBankValidate() {
        for (Bank bank : Bank.values()) {
            for (long n = 0; n < 2_000; n++) {
                String iban = IbanFactory.iban(bank, n * 4_999_999L % 10_000_000_000L);
                assertThat(IbanFactory.isValid(iban)).as(iban).isTrue();
            }
        }
    }

    @Test
    void completedRsinsPassTheElfproef() {
        int valid = 0;
        for (int base = 10_000_000; base < 10_020_000; base++) {
            int rsin = Elfproef.complete(base);
            if (rsin >= 0) {
                valid++;
                assertThat(Elfproef.isValid(Integer.toString(rsin))).isTrue();
            }
        }
        assertThat(valid).isGreaterThan(17_000);
        assertThat(Elfproef.isValid("111222333")).isTrue(); // the textbook BSN example
        assertThat(Elfproef.isValid("111222334")).isFalse();
    }

    @Test
    void containerCheckDigitMatchesTheIso6346Example() {
        assertThat(ContainerNumber.checkDigit("CSQU305438")).isEqualTo(3);
        assertThat(ContainerNumber.of("CSQ", 305438)).isEqualTo("CSQU3054383");
        assertThat(ContainerNumber.isValid("CSQU3054384")).isFalse();
    }

    @Test
    void imoNumbersCarryTheirCheckDigit() {
        assertThat(ImoNumber.of(907472)).isEqualTo("9074729");
    }

    @Test
    void licencePlatesNeverRepeatWithinASidecode() {
        for (int side = 0; side < 9; side++) {
            Set<String> seen = new HashSet<>();
            for (int serial = 0; serial < 20_000; serial++) {
                assertThat(seen.add(LicencePlate.plate(side, serial))).isTrue();
            }
        }
        assertThat(LicencePlate.plate(LicencePlate.sidecodeFor(2016), 0)).matches("[A-Z]-\\d{3}-[A-Z]{2}");
    }
}
