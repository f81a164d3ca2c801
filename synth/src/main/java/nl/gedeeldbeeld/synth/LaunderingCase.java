package nl.gedeeldbeeld.synth;

import java.util.ArrayList;
import java.util.List;

/** One planted laundering structure and its transfers. */
final class LaunderingCase {
    /**
     * One planted transfer. {@code fromAccount} is -1 for a cash deposit, which {@code depositor} (a person)
     * made at the counter or a deposit machine.
     */
    record Transfer(String id, int fromAccount, int toAccount, long cents, int day, String purpose, int depositor) {
        boolean cash() {
            return fromAccount < 0;
        }
    }

    final int index;
    final Typology typology;
    final Network network;
    final List<Transfer> transfers = new ArrayList<>();
    /** Accounts recruited for this case only (mules), beside the network's own. */
    final IntList muleAccounts = new IntList(8);

    LaunderingCase(int index, Typology typology, Network network) {
        this.index = index;
        this.typology = typology;
        this.network = network;
    }

    String id() {
        return "ML-" + IbanFactory.pad(index + 1, 4);
    }

    Transfer add(int from, int to, long cents, int day, String purpose, int depositor) {
        Transfer t = new Transfer(id() + "-" + IbanFactory.pad(transfers.size() + 1, 3), from, to, cents, day,
                purpose, depositor);
        transfers.add(t);
        return t;
    }
}
