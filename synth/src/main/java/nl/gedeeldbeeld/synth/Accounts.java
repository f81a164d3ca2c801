package nl.gedeeldbeeld.synth;

/** All true bank accounts; IBANs are computed from bank and number when written. */
final class Accounts {
    final IntList holder;
    final IntList bank;
    final LongList number;

    Accounts(int capacity) {
        holder = new IntList(capacity);
        bank = new IntList(capacity);
        number = new LongList(capacity);
    }

    int add(int holderRef, Bank b, long accountNumber) {
        holder.add(holderRef);
        bank.add(b.ordinal());
        return number.add(accountNumber);
    }

    int size() {
        return holder.size();
    }

    Bank bank(int i) {
        return Bank.values()[bank.get(i)];
    }

    String iban(int i) {
        return IbanFactory.iban(bank(i), number.get(i));
    }

    static String trueId(int i) {
        return "A" + IbanFactory.pad(i, 7);
    }
}
