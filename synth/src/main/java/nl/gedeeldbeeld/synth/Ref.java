package nl.gedeeldbeeld.synth;

/**
 * A party in the true world packed in one int: persons, Dutch companies and foreign companies share edge
 * arrays without boxing.
 */
final class Ref {
    static final int PERSON = 0;
    static final int COMPANY = 1;
    static final int FOREIGN = 2;
    private static final int SHIFT = 28;
    private static final int MASK = (1 << SHIFT) - 1;

    private Ref() {
    }

    static int person(int index) {
        return index;
    }

    static int company(int index) {
        return (COMPANY << SHIFT) | index;
    }

    static int foreign(int index) {
        return (FOREIGN << SHIFT) | index;
    }

    static int kind(int ref) {
        return ref >>> SHIFT;
    }

    static int index(int ref) {
        return ref & MASK;
    }

    static boolean isPerson(int ref) {
        return kind(ref) == PERSON;
    }

    static boolean isCompany(int ref) {
        return kind(ref) == COMPANY;
    }
}
