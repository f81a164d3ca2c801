package nl.gedeeldbeeld.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeatureTest {
    private static PersonRecord person(String given, String surname, String birth, String postcode, String id) {
        return new PersonRecord("x", given, surname, birth, "12", "dorpsstraat", "utrecht", postcode, id);
    }

    @Test
    void aMissingValueIsNeitherAgreementNorDisagreement() {
        assertThat(Feature.GIVEN_NAME.compare(person("", "berg", "", "", ""), person("jan", "berg", "", "", "")))
                .isEqualTo(Feature.MISSING);
    }

    @Test
    void namesAgreeInLevelsAndTussenvoegselsDoNotCount() {
        PersonRecord a = person("jan", "van der Berg", "", "", "");
        assertThat(Feature.SURNAME.compare(a, person("jan", "Berg", "", "", ""))).isEqualTo(3);
        assertThat(Feature.SURNAME.compare(a, person("jan", "Bergh", "", "", ""))).isEqualTo(2);
        assertThat(Feature.SURNAME.compare(a, person("jan", "Jansen", "", "", ""))).isEqualTo(0);
    }

    @Test
    void aBirthDateOffInOnePartOrWithDayAndMonthSwappedIsCloseButNotEqual() {
        PersonRecord a = person("", "", "19800423", "", "");
        assertThat(Feature.BIRTH_DATE.compare(a, person("", "", "1980-04-23", "", ""))).isEqualTo(3);
        assertThat(Feature.BIRTH_DATE.compare(a, person("", "", "19810423", "", ""))).isEqualTo(2);
        assertThat(Feature.BIRTH_DATE.compare(person("", "", "19800405", "", ""), person("", "", "19800504", "", ""))).isEqualTo(2);
        assertThat(Feature.BIRTH_DATE.compare(a, person("", "", "19801130", "", ""))).isEqualTo(1);
        assertThat(Feature.BIRTH_DATE.compare(a, person("", "", "19751130", "", ""))).isEqualTo(0);
    }

    @Test
    void anIdentifierWithOneTypingErrorIsNearlyEqual() {
        PersonRecord a = person("", "", "", "3011ab", "123456782");
        assertThat(Feature.IDENTIFIER.compare(a, person("", "", "", "", "123456782"))).isEqualTo(2);
        assertThat(Feature.IDENTIFIER.compare(a, person("", "", "", "", "123456728"))).isEqualTo(1);
        assertThat(Feature.IDENTIFIER.compare(a, person("", "", "", "", "987654321"))).isEqualTo(0);
        assertThat(Feature.POSTCODE.compare(a, person("", "", "", "3011 AB", ""))).isEqualTo(2);
    }

    @Test
    void birthDatesComparedInPlaceGetTheLevelsOfComparingTheirPartsAsSubstrings() {
        java.util.Random random = new java.util.Random(5);
        String[] dates = new String[400];
        for (int i = 0; i < dates.length; i++) {
            // Few distinct parts, so that equal years, months, days and swaps are common.
            dates[i] = (1970 + random.nextInt(3)) + two(1 + random.nextInt(4)) + two(1 + random.nextInt(4));
        }
        dates[0] = "19800231";
        dates[1] = "1980023";
        for (String a : dates) {
            for (String b : dates) {
                assertThat(Feature.BIRTH_DATE.compareValues(a, b)).as(a + " " + b).isEqualTo(bySubstrings(a, b));
            }
        }
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** The date levels as first written, with substrings: the oracle for the comparison in place. */
    private static int bySubstrings(String a, String b) {
        if (a.equals(b)) {
            return 3;
        }
        if (a.length() != 8 || b.length() != 8) {
            return JaroWinkler.similarity(a, b) >= 0.9 ? 2 : 0;
        }
        String ya = a.substring(0, 4);
        String ma = a.substring(4, 6);
        String da = a.substring(6, 8);
        String yb = b.substring(0, 4);
        String mb = b.substring(4, 6);
        String db = b.substring(6, 8);
        int same = (ya.equals(yb) ? 1 : 0) + (ma.equals(mb) ? 1 : 0) + (da.equals(db) ? 1 : 0);
        boolean swapped = ya.equals(yb) && ma.equals(db) && da.equals(mb);
        if (same == 2 || swapped || Feature.oneEdit(a, b)) {
            return 2;
        }
        return ya.equals(yb) ? 1 : 0;
    }

    private static PersonRecord linked(java.util.Set<String> accounts, java.util.Set<String> companies) {
        return new PersonRecord("x", "jan", "berg", "", "", "", "", "", "", accounts, companies);
    }

    @Test
    void twoRecordsLinkedToOneAccountAgreeWhateverTheNotationOfTheIban() {
        PersonRecord a = linked(java.util.Set.of("NL91ABNA0417164300", "NL20INGB0001234567"), java.util.Set.of());
        assertThat(Feature.ACCOUNT.compare(a, linked(java.util.Set.of("nl91 abna 0417 1643 00"), java.util.Set.of()))).isEqualTo(1);
        assertThat(Feature.ACCOUNT.compare(a, linked(java.util.Set.of("NL02RABO0123456789"), java.util.Set.of()))).isEqualTo(0);
    }

    @Test
    void aRecordWithoutAccountsOrCompaniesHasNothingToCompareOnThem() {
        PersonRecord a = linked(java.util.Set.of("NL91ABNA0417164300"), java.util.Set.of("12345678"));
        PersonRecord none = person("jan", "berg", "", "", "");
        assertThat(Feature.ACCOUNT.compare(a, none)).isEqualTo(Feature.MISSING);
        assertThat(Feature.COMPANY.compare(a, none)).isEqualTo(Feature.MISSING);
    }

    @Test
    void twoRecordsLinkedToOneCompanyAgreeOnIt() {
        PersonRecord a = linked(java.util.Set.of(), java.util.Set.of("12345678", "87654321"));
        assertThat(Feature.COMPANY.compare(a, linked(java.util.Set.of(), java.util.Set.of("87654321")))).isEqualTo(1);
        assertThat(Feature.COMPANY.compare(a, linked(java.util.Set.of(), java.util.Set.of("11112222")))).isEqualTo(0);
    }
}
