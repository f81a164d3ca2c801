package nl.gedeeldbeeld.store.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.gedeeldbeeld.model.value.DutchName;

/**
 * The forms of a name that indexing and querying share, so both sides agree by construction: folded words
 * (diacritics and case gone), with abbreviated tussenvoegsels written out ("v.d." → "van der") and, for
 * matching, without the tussenvoegsels at all — "vd Berg", "van den Berg" and "Berg" all become "berg".
 */
final class NameKeys {
    private static final Pattern VAN_DER = Pattern.compile("(?<![\\p{L}\\p{N}])(v\\s*\\.\\s*d\\s*\\.?|v\\s*/\\s*d|vd|vdr)(?=\\s|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VAN = Pattern.compile("(?<![\\p{L}\\p{N}])v\\.(?=\\s)", Pattern.CASE_INSENSITIVE);

    private static final java.util.Map<String, Boolean> PARTICLE_CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private NameKeys() {
    }

    /** All words, folded, tussenvoegsels kept (written out in full). */
    static List<String> fullWords(String name) {
        String expanded = VAN.matcher(VAN_DER.matcher(name).replaceAll(" van der ")).replaceAll(" van ");
        String folded = DutchName.fold(expanded).replace("'", " ").trim();
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    /**
     * The words that carry the name: tussenvoegsels dropped, unless the name is nothing but particles
     * (a company called "De Ster" keeps "ster"; one called "Van" keeps "van").
     */
    static List<String> matchWords(String name) {
        List<String> words = fullWords(name);
        List<String> kept = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean last = i == words.size() - 1;
            if (last || !isParticle(w)) {
                kept.add(w);
            }
        }
        // "Berg van der" (registry order without comma) would keep "der": a trailing particle after a kept
        // word is still a particle.
        if (kept.size() > 1 && isParticle(kept.get(kept.size() - 1))) {
            kept.remove(kept.size() - 1);
        }
        return kept;
    }

    /** Memoised: the model's check scans its particle list, and indexing asks for every name word. */
    private static boolean isParticle(String word) {
        Boolean known = PARTICLE_CACHE.get(word);
        if (known == null) {
            known = DutchName.isTussenvoegsel(word);
            if (PARTICLE_CACHE.size() < 200_000) {
                PARTICLE_CACHE.put(word, known);
            }
        }
        return known;
    }

    static String exactKey(String name) {
        return String.join(" ", fullWords(name));
    }

    static String matchKey(String name) {
        return String.join(" ", matchWords(name));
    }

    /** Typo tolerance by length: none for short words (too many neighbours), one edit, then two. */
    /**
     * Typos allowed in a word of this length. A word longer than any name part ({@value #MAX_FUZZY_LENGTH}
     * letters) only matches exactly: its edit automaton costs much to build (a 200-letter word took most of a
     * second) and can only find noise.
     */
    static int maxEdits(String word) {
        int n = word.length();
        return n <= 3 ? 0 : n <= 7 ? 1 : n <= MAX_FUZZY_LENGTH ? 2 : 0;
    }

    static final int MAX_FUZZY_LENGTH = 30;

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
