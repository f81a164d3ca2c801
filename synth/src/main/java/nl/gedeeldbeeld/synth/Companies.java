package nl.gedeeldbeeld.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** All true Dutch companies, column-wise. */
final class Companies {
    static final int FRONT = 1;
    static final int SHORT_LIVED = 2;
    static final int CIRCULAR = 4;
    static final int NETWORK = 8;
    static final int NO_DATE = Integer.MIN_VALUE;

    final List<String> name;
    final IntList kvk;
    /** Nine-digit RSIN or -1 for an eenmanszaak. */
    final IntList rsin;
    final IntList legalForm;
    final IntList sector;
    final IntList address;
    final IntList founded;
    final IntList dissolved;
    final IntList flags;

    Companies(int capacity) {
        name = new ArrayList<>(capacity);
        kvk = new IntList(capacity);
        rsin = new IntList(capacity);
        legalForm = new IntList(capacity);
        sector = new IntList(capacity);
        address = new IntList(capacity);
        founded = new IntList(capacity);
        dissolved = new IntList(capacity);
        flags = new IntList(capacity);
    }

    int add(String companyName, int kvkNumber, int rsinNumber, Rechtsvorm form, int sectorIndex, int addressIndex,
            LocalDate foundedOn, int dissolvedDay) {
        name.add(companyName);
        kvk.add(kvkNumber);
        rsin.add(rsinNumber);
        legalForm.add(form.ordinal());
        sector.add(sectorIndex);
        address.add(addressIndex);
        founded.add((int) foundedOn.toEpochDay());
        dissolved.add(dissolvedDay);
        return flags.add(0);
    }

    int size() {
        return kvk.size();
    }

    Rechtsvorm form(int i) {
        return Rechtsvorm.values()[legalForm.get(i)];
    }

    boolean has(int i, int flag) {
        return (flags.get(i) & flag) != 0;
    }

    void mark(int i, int flag) {
        flags.set(i, flags.get(i) | flag);
    }

    String kvkNumber(int i) {
        return IbanFactory.pad(kvk.get(i), 8);
    }

    String rsinNumber(int i) {
        return rsin.get(i) < 0 ? "" : IbanFactory.pad(rsin.get(i), 9);
    }

    static String trueId(int i) {
        return "C" + IbanFactory.pad(i, 7);
    }
}
