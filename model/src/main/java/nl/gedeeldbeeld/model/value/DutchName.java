package nl.gedeeldbeeld.model.value;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A person's name split the Dutch way: given names (or initials), tussenvoegsel (the lower-case particle
 * such as "van der" or "in 't" that belongs to the surname but is ignored when sorting) and the surname
 * proper. Reads "Jan van der Berg", "J. v.d. Berg" and the registry form "Berg, Jan van der".
 */
public record DutchName(String givenNames, String tussenvoegsel, String surname) {
    private static final Pattern GIVEN_NAME_SEPARATORS = Pattern.compile("[\\s.]+");
    private static final Pattern NOT_A_NAME_CHARACTER = Pattern.compile("[^a-z0-9' ]");

    /** Longest first, so "van der" wins over "van". Written forms as they occur in registrations. */
    private static final List<String> PARTICLES = List.of(
            "van de", "van der", "van den", "van het", "van 't", "van t", "in 't", "in het", "in de", "in den",
            "op de", "op den", "op 't", "uit de", "uit den", "uit het", "uit 't", "aan de", "aan den", "aan het",
            "bij de", "voor de", "onder de", "over de", "de la", "de le", "van", "de", "den", "der", "het",
            "ten", "ter", "te", "'t", "t", "la", "le", "du", "d'", "von", "zu", "vd", "v.d.", "v/d", "v.");

    public DutchName {
        Objects.requireNonNull(givenNames, "givenNames");
        Objects.requireNonNull(tussenvoegsel, "tussenvoegsel");
        Objects.requireNonNull(surname, "surname");
    }

    /** Parse a full name in display or registry ("surname, given names particle") order. */
    public static DutchName parse(String raw) {
        String cleaned = TextPatterns.collapseWhitespace(raw.trim());
        int comma = cleaned.indexOf(',');
        if (comma > 0) {
            String surnamePart = cleaned.substring(0, comma).trim();
            String rest = cleaned.substring(comma + 1).trim();
            String[] restWords = rest.isEmpty() ? new String[0] : rest.split(" ");
            int particleStart = restWords.length;
            while (particleStart > 0 && isParticleWord(restWords[particleStart - 1])) {
                particleStart--;
            }
            String given = String.join(" ", Arrays.copyOfRange(restWords, 0, particleStart));
            String trailingParticle = String.join(" ", Arrays.copyOfRange(restWords, particleStart, restWords.length));
            DutchName surnameOnly = splitSurname(surnamePart);
            String particle = (trailingParticle + " " + surnameOnly.tussenvoegsel).trim();
            return new DutchName(given, canonicalParticle(particle), surnameOnly.surname);
        }
        String[] words = cleaned.split(" ");
        if (words.length == 1) {
            return new DutchName("", "", cleaned);
        }
        // Given names run until the first particle that is followed by at least one more word.
        int i = 0;
        while (i < words.length - 1 && !(i > 0 && isParticleWord(words[i]))) {
            i++;
        }
        if (i == words.length - 1) {
            return new DutchName(String.join(" ", Arrays.copyOfRange(words, 0, i)), "", words[i]);
        }
        int j = i;
        while (j < words.length - 1 && isParticleWord(words[j])) {
            j++;
        }
        return new DutchName(
                String.join(" ", Arrays.copyOfRange(words, 0, i)),
                canonicalParticle(String.join(" ", Arrays.copyOfRange(words, i, j))),
                String.join(" ", Arrays.copyOfRange(words, j, words.length)));
    }

    private static DutchName splitSurname(String surnamePart) {
        String[] words = surnamePart.split(" ");
        int j = 0;
        while (j < words.length - 1 && isParticleWord(words[j])) {
            j++;
        }
        return new DutchName("", canonicalParticle(String.join(" ", Arrays.copyOfRange(words, 0, j))),
                String.join(" ", Arrays.copyOfRange(words, j, words.length)));
    }

    private static boolean isParticleWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String p : PARTICLES) {
            if (Arrays.asList(p.split(" ")).contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Expands abbreviations ("v.d." → "van der"), lower-cases: the particle as a registry would write it. */
    private static String canonicalParticle(String particle) {
        String p = particle.toLowerCase(Locale.ROOT).trim();
        return switch (p) {
            case "v.d.", "vd", "v/d" -> "van der";
            case "v." -> "van";
            case "van t", "v. 't" -> "van 't";
            case "t" -> "'t";
            default -> p;
        };
    }

    /** Initials of the given names, upper-case without dots: "Jan Pieter" → "JP". */
    public String initials() {
        StringBuilder sb = new StringBuilder();
        for (String part : GIVEN_NAME_SEPARATORS.split(givenNames)) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0)));
            }
        }
        return sb.toString();
    }

    /** The display form: "Jan van der Berg". */
    public String display() {
        List<String> parts = new ArrayList<>(3);
        if (!givenNames.isEmpty()) {
            parts.add(givenNames);
        }
        if (!tussenvoegsel.isEmpty()) {
            parts.add(tussenvoegsel);
        }
        parts.add(surname);
        return String.join(" ", parts);
    }

    /**
     * The key that sorting and blocking use: the surname proper, folded to lower-case ASCII, without the
     * tussenvoegsel — "van der Berg" and "Berg" sort together, as in Dutch registries.
     */
    public String surnameKey() {
        return fold(surname);
    }

    /** Lower-case ASCII with diacritics removed and punctuation dropped: the form search and matching compare. */
    public static String fold(String text) {
        String decomposed = TextPatterns.dropMarks(Normalizer.normalize(text, Normalizer.Form.NFKD));
        String kept = NOT_A_NAME_CHARACTER.matcher(decomposed.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return TextPatterns.collapseWhitespace(kept).trim();
    }

    /** Whether a word is a tussenvoegsel particle; used by name analyzers that drop them. */
    public static boolean isTussenvoegsel(String word) {
        return isParticleWord(word);
    }
}
