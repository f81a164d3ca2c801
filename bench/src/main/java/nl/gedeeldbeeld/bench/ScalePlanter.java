package nl.gedeeldbeeld.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import nl.gedeeldbeeld.analytics.money.TransactionGraphBuilder;
import nl.gedeeldbeeld.analytics.money.Typology;

/**
 * Plants instances of every typology among random accounts of the scale benchmark, shaped as the synthetic
 * world plants them ({@code synth/.../LaunderingPlanter}), and remembers each instance's centre account.
 */
final class ScalePlanter {
    private final TransactionGraphBuilder b;
    private final SplittableRandom rng;
    private final int n;
    private final int days;
    private final List<Integer> domestic = new ArrayList<>();
    private final List<Integer> abroad = new ArrayList<>();
    private final Map<Typology, List<String>> centres = new EnumMap<>(Typology.class);
    private int count;

    ScalePlanter(TransactionGraphBuilder b, SplittableRandom rng, int n, int days) {
        this.b = b;
        this.rng = rng;
        this.n = n;
        this.days = days;
        for (int i = 0; i < n; i++) {
            (b.jurisdiction(i).orElse("nl").equals("nl") ? domestic : abroad).add(i);
        }
        for (Typology t : Typology.values()) {
            centres.put(t, new ArrayList<>());
        }
    }

    List<String> centres(Typology t) {
        return centres.get(t);
    }

    /** Plants {@code each} instances of every typology; returns the number of transactions planted. */
    int all(int each) {
        for (int k = 0; k < each; k++) {
            for (Typology t : Typology.values()) {
                plant(t);
            }
        }
        return count;
    }

    private void plant(Typology t) {
        int start = rng.nextInt(days - 60);
        switch (t) {
            case FAN_IN -> {
                int c = any();
                for (int i = 0; i < 8; i++) {
                    pay(any(), c, euros(2_000, 9_500), start + rng.nextInt(6));
                }
                centre(t, c);
            }
            case FAN_OUT -> {
                int c = any();
                for (int i = 0; i < 8; i++) {
                    pay(c, any(), euros(2_500, 9_800), start + rng.nextInt(6));
                }
                centre(t, c);
            }
            case CYCLE -> {
                int[] ring = {any(), any(), any(), any()};
                long a = euros(40_000, 250_000);
                int day = start;
                for (int i = 0; i < ring.length; i++) {
                    pay(ring[i], ring[(i + 1) % ring.length], a, day);
                    a = a * 98 / 100;
                    day += 1 + rng.nextInt(3);
                }
                centre(t, ring[0]);
            }
            case SCATTER_GATHER -> {
                int s = any();
                int sink = any();
                for (int i = 0; i < 6; i++) {
                    int v = any();
                    long a = euros(5_000, 20_000);
                    int day = start + rng.nextInt(4);
                    pay(s, v, a, day);
                    pay(v, sink, a * 97 / 100, day + 1 + rng.nextInt(2));
                }
                centre(t, s);
            }
            case GATHER_SCATTER -> {
                int h = any();
                long total = 0;
                for (int i = 0; i < 6; i++) {
                    long a = euros(3_000, 15_000);
                    total += a;
                    pay(any(), h, a, start + rng.nextInt(5));
                }
                for (int i = 0; i < 5; i++) {
                    pay(h, any(), total * 95 / 100 / 5, start + 6 + rng.nextInt(5));
                }
                centre(t, h);
            }
            case LAYERING_CHAIN -> {
                int from = any();
                centre(t, from);
                long a = euros(60_000, 400_000);
                int day = start;
                for (int i = 0; i < 6; i++) {
                    int to = any();
                    pay(from, to, a, day);
                    from = to;
                    a = a * 97 / 100;
                    day += 1 + rng.nextInt(2);
                }
            }
            case STRUCTURING -> {
                int target = any();
                for (int i = 0; i < 5; i++) {
                    long cents = (9_000 + rng.nextInt(950)) * 100L;
                    b.cashDeposit(null, Optional.of("planted-" + rng.nextInt(5)), b.label(target), cents,
                            start + 4 * i);
                    count++;
                }
                centre(t, target);
            }
            case PASS_THROUGH -> {
                int mule = any();
                long a = euros(4_000, 30_000);
                pay(any(), mule, a, start);
                pay(mule, any(), a - rng.nextInt(5_000), start + rng.nextInt(2));
                centre(t, mule);
            }
            case OFFSETTING -> {
                int x = domestic.get(rng.nextInt(domestic.size()));
                int y = abroad.get(rng.nextInt(abroad.size()));
                String there = b.jurisdiction(y).orElseThrow();
                for (int i = 0; i < 4; i++) {
                    long a = euros(2_000, 10_000);
                    int day = start + 7 * i;
                    pay(domestic.get(rng.nextInt(domestic.size())), x, a, day);
                    int payee;
                    do {
                        payee = abroad.get(rng.nextInt(abroad.size()));
                    } while (!b.jurisdiction(payee).orElseThrow().equals(there) || payee == y);
                    pay(y, payee, a * 99 / 100, day + 1);
                }
                centre(t, x);
            }
        }
    }

    private void centre(Typology t, int account) {
        centres.get(t).add(b.label(account));
    }

    private int any() {
        return rng.nextInt(n);
    }

    private void pay(int from, int to, long cents, int day) {
        if (from != to) {
            b.transfer(null, from, to, cents, day, (byte) 0);
            count++;
        }
    }

    private long euros(int min, int max) {
        return (min + rng.nextInt(max - min)) * 100L + rng.nextInt(100);
    }
}
