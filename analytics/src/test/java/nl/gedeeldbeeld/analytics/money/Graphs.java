package nl.gedeeldbeeld.analytics.money;

/** Small hand-built transaction graphs for the tests: amounts in whole euros, times in days. */
final class Graphs {
    private final TransactionGraphBuilder b = new TransactionGraphBuilder();
    private int next;

    Graphs pay(String from, String to, long euros, int day) {
        b.transfer("x" + next++, from, to, euros * 100, day);
        return this;
    }

    Graphs payCents(String from, String to, long cents, int day) {
        b.transfer("x" + next++, from, to, cents, day);
        return this;
    }

    Graphs cash(String depositor, String to, long cents, int day) {
        b.cashDeposit("x" + next++, java.util.Optional.of(depositor), to, cents, day);
        return this;
    }

    Graphs in(String account, String jurisdiction) {
        b.account(account, jurisdiction);
        return this;
    }

    TransactionGraph build() {
        return b.build();
    }
}
