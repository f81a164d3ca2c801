package nl.gedeeldbeeld.synth;

import java.util.random.RandomGenerator;

/**
 * Hands out new, unique addresses per gemeente by walking its streets in a shuffled order, numbering houses
 * along each street. A street keeps one postcode number and moves its letters on every few houses, the way
 * PostNL postcodes cover a side of a street section.
 */
final class AddressGenerator {
    private static final int LETTER_PAIRS = Addresses.POSTCODE_LETTERS.length() * Addresses.POSTCODE_LETTERS.length();
    private static final java.util.Set<String> FORBIDDEN = java.util.Set.of("SA", "SD", "SS");
    private final Catalogue catalogue;
    private final Addresses addresses;
    private final RandomGenerator rng;
    private final StreetWalker[] walkers;

    AddressGenerator(Catalogue catalogue, Addresses addresses, RandomGenerator rng) {
        this.catalogue = catalogue;
        this.addresses = addresses;
        this.rng = rng;
        this.walkers = new StreetWalker[catalogue.gemeenten.size()];
    }

    int newAddress() {
        return newAddress(catalogue.gemeentePicker.pick(rng));
    }

    int newAddress(int gemeente) {
        StreetWalker w = walkers[gemeente];
        if (w == null) {
            w = new StreetWalker(gemeente);
            walkers[gemeente] = w;
        }
        return w.next();
    }

    private final class StreetWalker {
        private final int gemeente;
        private final int[] streetOrder;
        private int streetPos = -1;
        private int round;
        private int number;
        private int streetLength;
        private int pcDigits;
        private int pcLetters;
        private int pendingAdditions;
        private int additionBase;
        private int additionStep;

        StreetWalker(int gemeente) {
            this.gemeente = gemeente;
            int n = catalogue.streets.size();
            streetOrder = new int[n];
            for (int i = 0; i < n; i++) {
                streetOrder[i] = i;
            }
            // Real street names first; composed ones only once a gemeente has used them all.
            shuffle(0, catalogue.realStreets);
            shuffle(catalogue.realStreets, n);
            nextStreet();
        }

        private void shuffle(int from, int to) {
            for (int i = to - 1; i > from; i--) {
                int j = from + rng.nextInt(i - from + 1);
                int t = streetOrder[i];
                streetOrder[i] = streetOrder[j];
                streetOrder[j] = t;
            }
        }

        private void nextStreet() {
            streetPos++;
            if (streetPos == streetOrder.length) {
                // Every street used: continue at higher house numbers rather than repeat an address.
                streetPos = 0;
                round++;
            }
            Catalogue.Gemeente g = catalogue.gemeenten.get(gemeente);
            number = round * 400 + 1 + rng.nextInt(3);
            streetLength = 20 + rng.nextInt(180);
            pcDigits = g.postcodeFrom() + rng.nextInt(g.postcodeTo() - g.postcodeFrom() + 1);
            pcLetters = nextValidLetters(rng.nextInt(LETTER_PAIRS));
        }

        int next() {
            if (pendingAdditions > 0) {
                pendingAdditions--;
                additionBase += additionStep;
                return add(additionBase);
            }
            number += rng.nextInt(10) < 7 ? 2 : 1;
            if (number - round * 400 > streetLength) {
                nextStreet();
            }
            if (rng.nextInt(15) == 0) {
                pcLetters = nextValidLetters(pcLetters + 1);
            }
            if (rng.nextInt(100) < 18) {
                // A house split into flats: a run of additions on one number.
                pendingAdditions = 1 + rng.nextInt(3);
                int style = rng.nextInt(4);
                additionBase = switch (style) {
                    case 0 -> 1;  // A, B, C
                    case 1 -> 5;  // 1, 2, 3
                    case 2 -> 11; // I, II, III
                    default -> 10; // hs, then 1, 2 — mapped below
                };
                additionStep = 1;
                if (style == 3) {
                    additionBase = 10;
                    pendingAdditions = 0;
                }
                if (style == 2) {
                    pendingAdditions = Math.min(pendingAdditions, 2);
                }
                return add(additionBase);
            }
            if (rng.nextInt(400) == 0) {
                return add(9); // bis
            }
            return add(0);
        }

        private int add(int additionCode) {
            return addresses.add(gemeente, streetOrder[streetPos], number, additionCode, pcDigits, pcLetters);
        }

        /** PostNL does not issue SA, SD and SS; wrap round after ZZ. */
        private int nextValidLetters(int candidate) {
            int c = Math.floorMod(candidate, LETTER_PAIRS);
            while (FORBIDDEN.contains(pair(c))) {
                c = (c + 1) % LETTER_PAIRS;
            }
            return c;
        }

        private String pair(int c) {
            String l = Addresses.POSTCODE_LETTERS;
            return "" + l.charAt(c / l.length()) + l.charAt(c % l.length());
        }
    }
}
