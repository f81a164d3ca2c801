package nl.gedeeldbeeld.synth;

import java.time.LocalDate;

/** All true persons, column-wise. Names and e-mail addresses are rendered on demand from small indices. */
final class Population {
    /** Every age in the world is measured at this fixed date, never at the wall clock. */
    static final LocalDate REFERENCE_DATE = LocalDate.of(2024, 12, 31);
    private static final String[] MAIL_DOMAINS = {
        "gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl", "icloud.com", "xs4all.nl"
    };

    final IntList firstName;
    final IntList secondName;
    final IntList surname;
    /** bit 0: male; bits 1-3: origin; bit 4: foreign nationality only. */
    final IntList flags;
    final IntList birthDay;
    final IntList address;
    /** The eight digits after 06, or -1 for no mobile phone. */
    final IntList phone;
    final IntList household;
    private final Catalogue catalogue;

    Population(Catalogue catalogue, int capacity) {
        this.catalogue = catalogue;
        firstName = new IntList(capacity);
        secondName = new IntList(capacity);
        surname = new IntList(capacity);
        flags = new IntList(capacity);
        birthDay = new IntList(capacity);
        address = new IntList(capacity);
        phone = new IntList(capacity);
        household = new IntList(capacity);
    }

    int add(int first, int second, int sur, boolean male, Origin origin, boolean foreign, LocalDate born,
            int addressIndex, int phoneNumber, int householdId) {
        firstName.add(first);
        secondName.add(second);
        surname.add(sur);
        flags.add((male ? 1 : 0) | origin.ordinal() << 1 | (foreign ? 16 : 0));
        birthDay.add((int) born.toEpochDay());
        address.add(addressIndex);
        phone.add(phoneNumber);
        return household.add(householdId);
    }

    int size() {
        return firstName.size();
    }

    boolean male(int i) {
        return (flags.get(i) & 1) == 1;
    }

    Origin origin(int i) {
        return Origin.values()[(flags.get(i) >> 1) & 7];
    }

    String nationality(int i) {
        return (flags.get(i) & 16) != 0 ? origin(i).country : "nl";
    }

    LocalDate birthDate(int i) {
        return LocalDate.ofEpochDay(birthDay.get(i));
    }

    int age(int i) {
        return birthDate(i).until(REFERENCE_DATE).getYears();
    }

    boolean hasPhone(int i) {
        return phone.get(i) >= 0;
    }

    String mobile(int i) {
        return "06" + IbanFactory.pad(phone.get(i), 8);
    }

    PersonName name(int i) {
        Catalogue.FirstName first = catalogue.firstNames.get(firstName.get(i));
        int second = secondName.get(i);
        String voornamen = second < 0 ? first.name() : first.name() + " " + catalogue.firstNames.get(second).name();
        Catalogue.Surname s = catalogue.surnames.get(surname.get(i));
        String stam = s.stam();
        boolean male = male(i);
        if (!male && s.origin() == Origin.PL && stam.endsWith("ski")) {
            stam = stam.substring(0, stam.length() - 1) + "a"; // Polish surnames agree with gender
        }
        return new PersonName(voornamen, first.name(), s.tussenvoegsel(), stam, male);
    }

    /** A stable, plausible private e-mail address; the same person always gets the same one. */
    String email(int i) {
        PersonName n = name(i);
        long h = Seeds.mix(i * 31L + 7);
        String local = switch ((int) Math.floorMod(h, 4L)) {
            case 0 -> n.roepnaam() + "." + n.achternaam();
            case 1 -> n.roepnaam().charAt(0) + n.stam();
            case 2 -> n.roepnaam() + n.stam() + Math.floorMod(h >> 8, 100);
            default -> n.roepnaam() + "_" + (birthDate(i).getYear() % 100);
        };
        String clean = java.text.Normalizer.normalize(local.toLowerCase(java.util.Locale.ROOT),
                java.text.Normalizer.Form.NFD).replaceAll("[^a-z0-9._]", "");
        return clean + "@" + MAIL_DOMAINS[(int) Math.floorMod(h >> 16, (long) MAIL_DOMAINS.length)];
    }

    static String trueId(int i) {
        return "P" + IbanFactory.pad(i, 7);
    }
}
