package nl.gedeeldbeeld.synth;

/** Directorships and shareholdings between parties (see {@link Ref}), as parallel primitive lists. */
final class Relations {
    static final int DIRECTOR = 0;
    static final int OWNER = 1;

    final IntList kind;
    final IntList from;
    final IntList to;
    final IntList start;
    final IntList percentage;

    Relations(int capacity) {
        kind = new IntList(capacity);
        from = new IntList(capacity);
        to = new IntList(capacity);
        start = new IntList(capacity);
        percentage = new IntList(capacity);
    }

    int add(int relationKind, int fromRef, int toCompany, int startDay, int percent) {
        kind.add(relationKind);
        from.add(fromRef);
        to.add(Ref.company(toCompany));
        start.add(startDay);
        return percentage.add(percent);
    }

    int size() {
        return kind.size();
    }

    static String trueId(int i) {
        return "R" + IbanFactory.pad(i, 7);
    }
}
