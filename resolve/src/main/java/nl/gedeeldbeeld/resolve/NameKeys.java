package nl.gedeeldbeeld.resolve;

import java.util.ArrayList;
import java.util.List;
import nl.gedeeldbeeld.model.value.DutchName;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Keys for blocking on names that survive the ways Dutch names are written differently: the surname proper
 * without its tussenvoegsels ("van der Berg", "Berg, van der", "v.d. Berg" → "berg"), with the spellings
 * that sound alike folded ("ij"/"y", "ei"/"ij", "ck"/"k", "ph"/"f", "dt"/"t" at the end), then a phonetic
 * code of that (Double Metaphone, which also groups most non-Dutch names sensibly).
 */
public final class NameKeys {
    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    private NameKeys() {
    }

    /** The surname without tussenvoegsels, in whatever order and abbreviation the source wrote them. */
    public static String surnameProper(String surname) {
        String folded = DutchName.fold(surname).replace(",", " ");
        List<String> kept = new ArrayList<>();
        for (String word : folded.split(" ")) {
            String w = word.replace("'", "");
            if (w.isEmpty() || DutchName.isTussenvoegsel(w) || isAbbreviatedParticle(w)) {
                continue;
            }
            kept.add(w);
        }
        return String.join(" ", kept);
    }

    /** "vd", "v", "vdr": how registries abbreviate "van de(r)"; "d" for "de" and "t" for "'t". */
    private static boolean isAbbreviatedParticle(String word) {
        return word.equals("vd") || word.equals("vdr") || word.equals("v") || word.equals("d") || word.equals("t");
    }

    /** Spellings that sound the same in Dutch, made equal. */
    public static String dutchSound(String name) {
        String s = name.replace("ij", "y").replace("ei", "y").replace("ck", "k").replace("ph", "f")
                .replace("sch", "s").replace("ch", "g").replace("c", "k").replace("z", "s");
        return s.endsWith("dt") ? s.substring(0, s.length() - 2) + "t" : s;
    }

    /** The phonetic blocking key of a surname; empty when there is no surname proper. */
    public static String phonetic(String surname) {
        String proper = surnameProper(surname).replace(" ", "");
        if (proper.isEmpty()) {
            return "";
        }
        String code = METAPHONE.doubleMetaphone(dutchSound(proper));
        return code == null ? "" : code;
    }
}
