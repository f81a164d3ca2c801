package nl.gedeeldbeeld.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The planted test population several resolution tests share. */
final class ResolutionTestData {
    private ResolutionTestData() {
    }

    /** 200 people, a third of them recorded twice with a typo or a changed field; planted, so the answer is known. */
    static List<PersonRecord> world(List<int[]> truth) {
        Random random = new Random(7);
        String[] given = {"jan", "piet", "kees", "anna", "fatima", "mohamed", "sanne", "daan", "emma", "lucas"};
        String[] surnames = {"jansen", "de vries", "van den berg", "bakker", "visser", "smit", "meijer", "de boer",
                "mulder", "de groot", "bos", "vos", "peters", "hendriks", "van leeuwen", "dekker", "brouwer", "de wit"};
        List<PersonRecord> records = new ArrayList<>();
        for (int p = 0; p < 200; p++) {
            String g = given[random.nextInt(given.length)];
            String s = surnames[random.nextInt(surnames.length)];
            String birth = String.format("%04d%02d%02d", 1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String postcode = (1000 + random.nextInt(9000)) + "ab";
            String number = String.valueOf(1 + random.nextInt(200));
            String id = String.valueOf(100000000 + random.nextInt(899999999));
            int original = records.size();
            records.add(new PersonRecord("p" + p, g, s, birth, number, "kerkstraat", "rotterdam", postcode, id));
            if (p % 3 == 0) {
                String typo = s.length() > 3 ? s.substring(0, 2) + s.charAt(3) + s.charAt(2) + s.substring(4) : s;
                records.add(new PersonRecord("p" + p + "d", g, typo, birth, number, "kerkstraat", "rotterdam", postcode,
                        p % 2 == 0 ? id : ""));
                truth.add(new int[] {original, records.size() - 1});
            }
        }
        return records;
    }
}
