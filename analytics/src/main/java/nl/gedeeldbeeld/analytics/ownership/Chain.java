package nl.gedeeldbeeld.analytics.ownership;

import java.util.List;
import java.util.OptionalDouble;

/**
 * One ownership chain from a top owner down to a company: {@code parties.get(0)} holds
 * {@code shares.get(0)} of {@code parties.get(1)}, and so on to the company last in the list. A share is
 * empty when the source gave none; the chain's figure is then unknown.
 */
public record Chain(List<String> parties, List<OptionalDouble> shares) {
    public Chain {
        parties = List.copyOf(parties);
        shares = List.copyOf(shares);
        if (parties.size() != shares.size() + 1 || shares.isEmpty()) {
            throw new IllegalArgumentException("a chain of " + parties.size() + " parties needs "
                    + (parties.size() - 1) + " shares, got " + shares.size());
        }
    }

    /** The shares multiplied along the chain, or empty when one of them is unknown. */
    public OptionalDouble product() {
        double p = 1;
        for (OptionalDouble s : shares) {
            if (s.isEmpty()) {
                return OptionalDouble.empty();
            }
            p *= s.getAsDouble();
        }
        return OptionalDouble.of(p);
    }

    /** E.g. {@code "A –60%→ B –50%→ C = 30%"}. */
    public String describe() {
        StringBuilder b = new StringBuilder(parties.get(0));
        for (int i = 0; i < shares.size(); i++) {
            b.append(" –").append(shares.get(i).isPresent() ? percent(shares.get(i).getAsDouble()) : "?%")
                    .append("→ ").append(parties.get(i + 1));
        }
        OptionalDouble p = product();
        return b.append(" = ").append(p.isPresent() ? percent(p.getAsDouble()) : "unknown").toString();
    }

    /** "30%" or "57.30%": whole percentages without decimals, others to two (String.format is slow here). */
    static String percent(double fraction) {
        long hundredths = Math.round(fraction * 10_000);
        long whole = hundredths / 100;
        long rest = Math.abs(hundredths % 100);
        String sign = hundredths < 0 && whole == 0 ? "-" : "";
        return rest == 0 ? sign + whole + "%" : sign + whole + "." + (rest < 10 ? "0" : "") + rest + "%";
    }
}
