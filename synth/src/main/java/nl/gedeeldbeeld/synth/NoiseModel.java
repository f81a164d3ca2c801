package nl.gedeeldbeeld.synth;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The ways partner registrations deviate from the truth: typing errors, tussenvoegsels in the wrong place,
 * initials, swapped names, capitals, other notations and missing values. Rates are per call site; most
 * values come out clean, as in real registers.
 */
final class NoiseModel {
    private static final String KEYBOARD_NEIGHBOURS = "qwertyuiopasdfghjklzxcvbnm";

    private final RandomGenerator rng;

    NoiseModel(RandomGenerator rng) {
        this.rng = rng;
    }

    boolean chance(double p) {
        return rng.nextDouble() < p;
    }

    int pick(int n) {
        return rng.nextInt(n);
    }

    /** The value, or "" with probability p: a field left empty at registration. */
    String missing(String value, double p) {
        return chance(p) ? "" : value;
    }

    String maybeTypo(String s, double p) {
        return chance(p) ? typo(s) : s;
    }

    /** One typing error: swapped neighbours, a dropped, an inserted or a substituted letter. */
    String typo(String s) {
        if (s.length() < 3) {
            return s;
        }
        int i = 1 + rng.nextInt(s.length() - 2); // first letters are rarely mistyped
        if (!Character.isLetter(s.charAt(i))) {
            return s;
        }
        StringBuilder b = new StringBuilder(s);
        char c = Character.toLowerCase(s.charAt(i));
        switch (rng.nextInt(4)) {
            case 0 -> {
                b.setCharAt(i, s.charAt(i + 1));
                b.setCharAt(i + 1, s.charAt(i));
            }
            case 1 -> b.deleteCharAt(i);
            case 2 -> b.insert(i, c);
            default -> b.setCharAt(i, neighbour(c));
        }
        return b.toString();
    }

    private char neighbour(char c) {
        int k = KEYBOARD_NEIGHBOURS.indexOf(c);
        if (k < 0) {
            return 'e';
        }
        int j = k + (rng.nextBoolean() ? 1 : -1);
        return KEYBOARD_NEIGHBOURS.charAt(Math.floorMod(j, KEYBOARD_NEIGHBOURS.length()));
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    /** "v.d." for "van der", the way clerks and bank systems shorten tussenvoegsels. */
    static String shortTussenvoegsel(String t) {
        return switch (t) {
            case "van der", "van den", "van de" -> "v.d.";
            case "van" -> "v.";
            default -> t;
        };
    }

    /**
     * Police style: separate voornamen, tussenvoegsel and achternaam columns, with the errors a BVH
     * registration at a counter or on the street picks up.
     */
    String[] splitName(PersonName n, boolean fullGivenNames) {
        String voornamen = fullGivenNames ? n.voornamen() : n.roepnaam();
        String tussen = n.tussenvoegsel();
        String achter = n.stam();
        double x = rng.nextDouble();
        if (!tussen.isEmpty() && x < 0.05) {
            achter = capitalise(tussen) + " " + achter; // "Van der Berg" in the surname field
            tussen = "";
        } else if (!tussen.isEmpty() && x < 0.08) {
            tussen = "";
        }
        if (chance(0.04)) {
            voornamen = n.voorletters();
        }
        achter = maybeTypo(achter, 0.04);
        voornamen = maybeTypo(voornamen, 0.02);
        if (chance(0.01)) {
            String t = voornamen;
            voornamen = achter;
            achter = t;
        }
        if (chance(0.10)) {
            return new String[] {upper(voornamen), upper(tussen), upper(achter)};
        }
        return new String[] {voornamen, tussen, achter};
    }

    /** One-string name as investigators type it: mostly "Jan van der Berg", sometimes inverted or short. */
    String fullName(PersonName n) {
        double x = rng.nextDouble();
        String s;
        if (x < 0.80) {
            s = n.roepnaam() + " " + n.achternaam();
        } else if (x < 0.86) {
            s = n.stam() + ", " + n.roepnaam() + (n.tussenvoegsel().isEmpty() ? "" : " " + n.tussenvoegsel());
        } else if (x < 0.91) {
            s = n.roepnaam().charAt(0) + ". " + joinTussen(shortTussenvoegsel(n.tussenvoegsel()), n.stam());
        } else if (x < 0.95) {
            s = n.voorletters() + " " + n.achternaam();
        } else if (x < 0.97) {
            s = n.voornamen() + " " + n.achternaam();
        } else {
            s = n.roepnaam() + " " + n.stam(); // tussenvoegsel forgotten
        }
        s = maybeTypo(s, 0.04);
        return chance(0.03) ? upper(s) : s;
    }

    /** Account-holder notation of Dutch banks, as it reaches FIU-NL in reports. */
    String bankHolderName(PersonName n) {
        double x = rng.nextDouble();
        String s;
        if (x < 0.35) {
            s = upper(n.voorletters().replace(".", "") + " " + n.achternaam());
        } else if (x < 0.60) {
            s = n.voorletters() + " " + n.achternaam();
        } else if (x < 0.80) {
            s = n.roepnaam() + " " + n.achternaam();
        } else if (x < 0.90) {
            s = (n.male() ? "HR " : "MW ") + upper(n.voorletters().replace(".", "") + " "
                    + joinTussen(shortTussenvoegsel(n.tussenvoegsel()).replace(".", ""), n.stam()));
        } else {
            s = n.stam() + ", " + n.voorletters() + (n.tussenvoegsel().isEmpty() ? "" : " " + n.tussenvoegsel());
        }
        return maybeTypo(s, 0.03);
    }

    /** Company names lose or change their legal-form suffix and case from register to register. */
    String companyName(String name) {
        String s = name;
        double x = rng.nextDouble();
        if (x < 0.08) {
            s = s.replace(" B.V.", " BV").replace(" V.O.F.", " VOF");
        } else if (x < 0.13) {
            s = s.replace(" B.V.", "").replace(" V.O.F.", "");
        } else if (x < 0.16) {
            s = s.replace(" B.V.", " B.V");
        }
        s = maybeTypo(s, 0.02);
        return chance(0.05) ? upper(s) : s;
    }

    /** "3011 AB", "3011AB" or, now and then, "3011ab". */
    String postcode(Adres a, double noSpace) {
        if (chance(0.02)) {
            return a.postcodeCijfers() + a.postcodeLetters().toLowerCase(Locale.ROOT);
        }
        return chance(noSpace) ? a.postcodeCijfers() + a.postcodeLetters() : a.postcode();
    }

    /** A Dutch mobile number in one of its common notations. */
    String phone(String mobile) {
        String rest = mobile.substring(2);
        double x = rng.nextDouble();
        if (x < 0.45) {
            return mobile;
        } else if (x < 0.65) {
            return "06-" + rest;
        } else if (x < 0.82) {
            return "+31 6 " + rest;
        } else if (x < 0.92) {
            return "+316" + rest;
        }
        return "06 " + rest.substring(0, 4) + " " + rest.substring(4);
    }

    String iban(String iban) {
        return chance(0.3) ? IbanFactory.grouped(iban) : iban;
    }

    private static String joinTussen(String tussen, String stam) {
        return tussen.isEmpty() ? stam : tussen + " " + stam;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
