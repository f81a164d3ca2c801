package nl.gedeeldbeeld.model.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValueTypesTest {

    private static String ok(ValueType type, String raw) {
        ValueResult r = type.normalise(raw);
        assertThat(r).as("%s(%s)", type.code(), raw).isInstanceOf(ValueResult.Valid.class);
        return r.value();
    }

    private static String reason(ValueType type, String raw) {
        ValueResult r = type.normalise(raw);
        assertThat(r).as("%s(%s)", type.code(), raw).isInstanceOf(ValueResult.Invalid.class);
        return ((ValueResult.Invalid) r).reason();
    }

    @Test
    void ibansAreCompactedAndChecksummed() {
        IbanType iban = new IbanType();
        assertThat(ok(iban, "nl91 abna 0417 1643 00")).isEqualTo("NL91ABNA0417164300");
        assertThat(ok(iban, "DE89 3704 0044 0532 0130 00")).isEqualTo("DE89370400440532013000");
        assertThat(reason(iban, "NL91ABNA0417164301")).isEqualTo("IBAN 'NL91ABNA0417164301' fails its checksum (mod 97); check for a typing error");
        assertThat(reason(iban, "NL91ABNA041716430")).contains("NL IBANs have 18");
        assertThat(reason(iban, "hello")).contains("not two letters");
    }

    @Test
    void bicsHaveBankCountryAndLocation() {
        BicType bic = new BicType();
        assertThat(ok(bic, "abnanl2a")).isEqualTo("ABNANL2A");
        assertThat(ok(bic, "INGBNL2AXXX")).isEqualTo("INGBNL2A");
        assertThat(reason(bic, "ABNAQQ2A")).contains("unknown country 'QQ'");
        assertThat(reason(bic, "ABN")).contains("8 or 11");
    }

    @Test
    void kvkNumbersAreEightDigitsAndRsinsPassTheElfproef() {
        assertThat(ok(new KvkNumberType(), "KvK 3412 3456")).isEqualTo("34123456");
        assertThat(reason(new KvkNumberType(), "1234567")).contains("exactly 8 digits");
        assertThat(ok(new RsinType(), "8012.34.566")).isEqualTo("801234566");
        assertThat(ok(new RsinType(), "12345672")).isEqualTo("012345672");
        assertThat(reason(new RsinType(), "801234567")).contains("elfproef");
    }

    @Test
    void datesKeepTheirPrecisionAndReadDutchForms() {
        DateType date = new DateType();
        assertThat(ok(date, "1980")).isEqualTo("1980");
        assertThat(ok(date, "1980-4")).isEqualTo("1980-04");
        assertThat(ok(date, "23-04-1980")).isEqualTo("1980-04-23");
        assertThat(ok(date, "3/4/1980")).isEqualTo("1980-04-03");
        assertThat(ok(date, "19800423")).isEqualTo("1980-04-23");
        assertThat(ok(date, "23 april 1980")).isEqualTo("1980-04-23");
        assertThat(ok(date, "3 mrt. 2021")).isEqualTo("2021-03-03");
        assertThat(ok(date, "2024-03-09T02:54:48")).isEqualTo("2024-03-09T02:54:48");
        assertThat(ok(date, "04-1980")).isEqualTo("1980-04");
        assertThat(reason(date, "31-02-2020")).contains("does not exist");
        assertThat(reason(date, "gisteren")).contains("is not a date");
    }

    @Test
    void countriesAcceptCodesAndEnglishOrDutchNames() {
        CountryType country = new CountryType();
        assertThat(ok(country, "NL")).isEqualTo("nl");
        assertThat(ok(country, "NLD")).isEqualTo("nl");
        assertThat(ok(country, "Nederland")).isEqualTo("nl");
        assertThat(ok(country, "Duitsland")).isEqualTo("de");
        assertThat(ok(country, "Belgium")).isEqualTo("be");
        assertThat(ok(country, "België")).isEqualTo("be");
        assertThat(reason(country, "Atlantis")).contains("not an ISO 3166 code");
    }

    @Test
    void phonesBecomeE164WithDutchDefaults() {
        PhoneType phone = new PhoneType();
        assertThat(ok(phone, "06-12345678")).isEqualTo("+31612345678");
        assertThat(ok(phone, "+31 (0)6 1234 5678")).isEqualTo("+31612345678");
        assertThat(ok(phone, "0031 6 12345678")).isEqualTo("+31612345678");
        assertThat(ok(phone, "+32 470 12 34 56")).isEqualTo("+32470123456");
        assertThat(reason(phone, "0612345")).contains("10 digits");
        assertThat(reason(phone, "call me")).contains("characters other than digits");
    }

    @Test
    void emailsLowerCaseTheirDomain() {
        assertThat(ok(new EmailType(), "Jan.Jansen@Example.NL")).isEqualTo("Jan.Jansen@example.nl");
        assertThat(reason(new EmailType(), "jan@")).contains("name@domain.tld");
    }

    @Test
    void dutchPostcodesAndHouseNumbersAreCompact() {
        assertThat(ok(new PostcodeType(), "1234 ab")).isEqualTo("1234AB");
        assertThat(ok(new PostcodeType(), "B-1000".replace("B-", ""))).isEqualTo("1000");
        assertThat(reason(new PostcodeType(), "1234 SS")).contains("never issues");
        assertThat(reason(new PostcodeType(), "12345AB")).contains("four digits and two letters");
        HouseNumberType house = new HouseNumberType();
        assertThat(ok(house, "12")).isEqualTo("12");
        assertThat(ok(house, "12a")).isEqualTo("12-A");
        assertThat(ok(house, "12 - 2")).isEqualTo("12-2");
        assertThat(ok(house, "7hs")).isEqualTo("7-HS");
        assertThat(reason(house, "twaalf")).contains("1 to 5 digits");
    }

    @Test
    void licencePlatesAreCompactAndDutchSideCodesRecognised() {
        LicencePlateType plate = new LicencePlateType();
        assertThat(ok(plate, "12-abc-3")).isEqualTo("12ABC3");
        assertThat(LicencePlateType.isDutch("12ABC3")).isTrue();
        assertThat(LicencePlateType.isDutch("GBX123Y")).isFalse();
        assertThat(reason(plate, "!")).contains("2 to 10 letters and digits");
    }

    @Test
    void amountsReadDutchAndEnglishNotationWithCurrency() {
        assertThat(Amount.parse("€ 1.234,56")).contains(new Amount(new java.math.BigDecimal("1234.56"), "EUR"));
        assertThat(Amount.parse("1,234.56 USD")).contains(new Amount(new java.math.BigDecimal("1234.56"), "USD"));
        assertThat(Amount.parse("9999")).contains(new Amount(new java.math.BigDecimal("9999"), "EUR"));
        assertThat(Amount.parse("veel geld")).isEmpty();
        assertThat(ok(new AmountType(), "EUR 9.950,00")).isEqualTo("9950");
        assertThat(ok(new CurrencyType(), "€")).isEqualTo("EUR");
        assertThat(reason(new CurrencyType(), "EURO5")).contains("ISO 4217");
    }

    @Test
    void containerNumbersCarryAnIso6346CheckDigit() {
        ContainerNumberType container = new ContainerNumberType();
        assertThat(ok(container, "CSQU 305438 3")).isEqualTo("CSQU3054383");
        assertThat(reason(container, "CSQU3054384")).contains("wrong check digit");
    }

    @Test
    void namesAreTidiedButNeverRespelled() {
        NameType name = new NameType();
        assertThat(ok(name, "  Jan   van der  Berg ")).isEqualTo("Jan van der Berg");
        assertThat(ok(name, "Berg, Jan van der")).isEqualTo("Jan van der Berg");
        assertThat(ok(name, "Holding Zuid, B.V.")).isEqualTo("Holding Zuid, B.V.");
        assertThat(reason(name, "---")).contains("no letters or digits");
    }
}
