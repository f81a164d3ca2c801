package nl.gedeeldbeeld.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.LongAdder;
import nl.gedeeldbeeld.analytics.ownership.BeneficialOwner;
import nl.gedeeldbeeld.analytics.ownership.CircularOwnership;
import nl.gedeeldbeeld.analytics.ownership.OwnershipGraph;
import nl.gedeeldbeeld.analytics.ownership.OwnershipGraphBuilder;
import nl.gedeeldbeeld.analytics.ownership.OwnershipRing;
import nl.gedeeldbeeld.analytics.ownership.PartyKind;
import nl.gedeeldbeeld.analytics.ownership.UboBasis;
import nl.gedeeldbeeld.analytics.ownership.UboReport;
import nl.gedeeldbeeld.analytics.ownership.UltimateBeneficialOwners;

/**
 * UBO resolution at national scale: a seeded register of N companies with layered ownership (mostly
 * one-person companies and partnerships, personal holding chains of 2–5 levels, widely held companies whose
 * directors are pseudo-UBO, some under a management company, foreign parents, shares of unknown size, rings
 * of 2–4 companies owning each other, a 75/25 split that tests "more than 25%"), built into an
 * {@link OwnershipGraph} and resolved for every company on N threads. The generator knows each company's
 * UBOs (by construction), so the run also counts reports that disagree with it, and checks that
 * {@link CircularOwnership} finds every planted ring. Reports stage times, companies/s and peak heap.
 *
 * <pre>bench/run ubo [--companies 1000000] [--threads 2] [--seed 5]</pre>
 */
public final class UboScaleBenchmark {
    /** Per company: the basis and the persons the generator planted as its UBOs. */
    private byte[] expectedBasis = new byte[0];
    private int[] expectedPersons = new int[0];
    private int companies;
    private int plantedRings;
    private final SplittableRandom rng;
    private final OwnershipGraphBuilder b = new OwnershipGraphBuilder();
    private final int persons;
    private final int foreign;

    private UboScaleBenchmark(long seed, int target) {
        rng = new SplittableRandom(seed);
        persons = (int) (target * 0.8);
        foreign = Math.max(1, target / 100);
    }

    public static void main(String[] argv) {
        BenchArgs args = BenchArgs.parse(argv);
        int target = Integer.parseInt(args.get("companies", "1000000"));
        int threads = Integer.parseInt(args.get("threads", "2"));
        long seed = Long.parseLong(args.get("seed", "5"));
        try (HeapWatch heap = HeapWatch.start()) {
            long c0 = cpu();
            long t0 = System.nanoTime();
            UboScaleBenchmark world = new UboScaleBenchmark(seed, target);
            world.generate(target);
            OwnershipGraph graph = world.b.build();
            long t1 = System.nanoTime();
            long c1 = cpu();

            LongAdder reports = new LongAdder();
            LongAdder[] byBasis = {new LongAdder(), new LongAdder(), new LongAdder()};
            LongAdder ubos = new LongAdder();
            LongAdder unresolved = new LongAdder();
            LongAdder circular = new LongAdder();
            LongAdder wrong = new LongAdder();
            List<String> examples = Collections.synchronizedList(new ArrayList<>());
            new UltimateBeneficialOwners(graph).forEachCompany(threads, r -> {
                reports.increment();
                byBasis[r.basis().ordinal()].increment();
                ubos.add(r.owners().size());
                unresolved.add(r.unresolved().size());
                if (r.owners().stream().anyMatch(o -> o.circularPart() > 1e-9)) {
                    circular.increment();
                }
                if (!world.agrees(r)) {
                    wrong.increment();
                    if (examples.size() < 5) {
                        examples.add(r.explanation());
                    }
                }
            });
            long t2 = System.nanoTime();
            long c2 = cpu();
            List<OwnershipRing> rings = new CircularOwnership(graph).rings();
            long t3 = System.nanoTime();
            long c3 = cpu();

            double build = (t1 - t0) / 1e9;
            double resolve = (t2 - t1) / 1e9;
            System.out.printf(Locale.ROOT, "ubo: %,d companies (%,d persons, %,d foreign companies), %,d shareholdings, "
                    + "%,d directorships, seed %d, %d threads%n", world.companies, world.persons, world.foreign,
                    graph.ownershipCount(), graph.directorshipCount(), seed, threads);
            System.out.printf(Locale.ROOT, "  generate + build graph %.1f s (cpu %.1f s); resolve all %.1f s (cpu %.1f s, "
                    + "%,.0f companies/s); circular ownership %.1f s (cpu %.1f s)%n", build, (c1 - c0) / 1e9, resolve,
                    (c2 - c1) / 1e9, reports.sum() / resolve, (t3 - t2) / 1e9, (c3 - c2) / 1e9);
            System.out.printf(Locale.ROOT, "  reports %,d: by ownership %,d, pseudo-UBO %,d, none %,d; UBOs named %,d; "
                    + "unresolved links %,d; with a circular part %,d%n", reports.sum(), byBasis[0].sum(),
                    byBasis[1].sum(), byBasis[2].sum(), ubos.sum(), unresolved.sum(), circular.sum());
            System.out.printf(Locale.ROOT, "  disagreeing with the planted UBOs: %,d; rings found %,d of %,d planted%n",
                    wrong.sum(), rings.size(), world.plantedRings);
            System.out.printf(Locale.ROOT, "  peak heap used %,d MiB, peak live %,d MiB (max %,d MiB)%n",
                    heap.peakUsedMiB(), heap.peakLiveMiB(), HeapWatch.maxHeapMiB());
            examples.forEach(e -> System.out.println("  disagreement: " + e));
        }
    }

    /** CPU time of the whole process (all threads, the collector's too): wall time lies on a shared machine. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private void generate(int target) {
        for (int p = 0; p < persons; p++) {
            b.party("P" + p, PartyKind.PERSON);
        }
        for (int f = 0; f < foreign; f++) {
            b.party("F" + f, PartyKind.FOREIGN_COMPANY);
        }
        while (companies < target) {
            int x = rng.nextInt(1000);
            if (x < 550) {
                int p = person();
                int c = company();
                own(p, c, 100);
                direct(p, c);
                expect(c, UboBasis.OWNERSHIP, p);
            } else if (x < 700) {
                int[] pq = distinct(2);
                int c = company();
                own(pq[0], c, 50);
                own(pq[1], c, 50);
                direct(pq[0], c);
                direct(pq[1], c);
                expect(c, UboBasis.OWNERSHIP, pq);
            } else if (x < 850) {
                chain();
            } else if (x < 900) {
                widelyHeld();
            } else if (x < 920) {
                // A foreign parent: the chain ends at F; the directors are pseudo-UBO.
                int h = company();
                int c = company();
                b.ownership("F" + rng.nextInt(foreign), "C" + h, 100);
                own2(h, c, 100);
                int d = person();
                int e = person();
                direct(e, h);
                direct(d, c);
                expect(h, UboBasis.PSEUDO_UBO, e);
                expect(c, UboBasis.PSEUDO_UBO, d);
            } else if (x < 930) {
                // A share of unknown size and a 20% holder: nobody is known to pass 25%.
                int[] pq = distinct(3);
                int c = company();
                b.ownershipOfUnknownShare("P" + pq[0], "C" + c);
                own(pq[1], c, 20);
                direct(pq[2], c);
                expect(c, UboBasis.PSEUDO_UBO, pq[2]);
            } else if (x < 940) {
                ring();
            } else {
                // 75% and exactly 25%: only the first is more than 25%.
                int[] pq = distinct(2);
                int c = company();
                own(pq[0], c, 75);
                own(pq[1], c, 25);
                direct(pq[0], c);
                expect(c, UboBasis.OWNERSHIP, pq[0]);
            }
        }
    }

    /** Person → holding → … → operating company, 2–5 levels; the top may be split 60/40, the bottom 70/30. */
    private void chain() {
        int levels = 2 + rng.nextInt(4);
        int[] top = rng.nextInt(100) < 30 ? distinct(2) : new int[] {person()};
        int[] chain = new int[levels];
        for (int i = 0; i < levels; i++) {
            chain[i] = company();
            direct(top[0], chain[i]);
        }
        if (top.length == 2) {
            own(top[0], chain[0], 60);
            own(top[1], chain[0], 40);
        } else {
            own(top[0], chain[0], 100);
        }
        boolean minority = rng.nextInt(100) < 20;
        for (int i = 1; i < levels; i++) {
            own2(chain[i - 1], chain[i], i == levels - 1 && minority ? 70 : 100);
        }
        for (int i = 0; i < levels - 1; i++) {
            expect(chain[i], UboBasis.OWNERSHIP, top);
        }
        if (minority) {
            // Top 100%: 70% and 30%; split 60/40: 42%, 28% and 30% — all more than 25%.
            int r = person();
            own(r, chain[levels - 1], 30);
            int[] all = Arrays.copyOf(top, top.length + 1);
            all[top.length] = r;
            expect(chain[levels - 1], UboBasis.OWNERSHIP, all);
        } else {
            expect(chain[levels - 1], UboBasis.OWNERSHIP, top);
        }
    }

    /** 4–6 shareholders of at most 25% each; the director is pseudo-UBO, sometimes through a management company. */
    private void widelyHeld() {
        int k = 4 + rng.nextInt(3);
        int[] holders = distinct(k + 1);
        int c = company();
        for (int i = 0; i < k; i++) {
            own(holders[i], c, 100.0 / k);
        }
        int d = holders[k];
        if (rng.nextInt(100) < 20) {
            int m = company();
            b.directorship("C" + m, "C" + c);
            direct(d, m);
            expect(m, UboBasis.PSEUDO_UBO, d);
        } else {
            direct(d, c);
        }
        expect(c, UboBasis.PSEUDO_UBO, d);
    }

    /**
     * k companies (2–4) in a ring, each holding 50% of the next, each also held 50% by its own person. From
     * company i half settles at its person, a quarter at the previous one's, and so on round the ring:
     * 1/2 ÷ (1 − 2^−k) and 1/4 ÷ (1 − 2^−k) (at least 26.7%) pass the threshold, the rest do not.
     */
    private void ring() {
        int k = 2 + rng.nextInt(3);
        int[] ring = new int[k];
        int[] owners = distinct(k);
        for (int i = 0; i < k; i++) {
            ring[i] = company();
        }
        for (int i = 0; i < k; i++) {
            own2(ring[i], ring[(i + 1) % k], 50);
            own(owners[i], ring[i], 50);
            direct(owners[i], ring[i]);
        }
        for (int i = 0; i < k; i++) {
            expect(ring[i], UboBasis.OWNERSHIP, owners[i], owners[(i + k - 1) % k]);
        }
        plantedRings++;
    }

    private boolean agrees(UboReport r) {
        int c = Integer.parseInt(r.company().substring(1));
        if (r.basis().ordinal() != expectedBasis[c]) {
            return false;
        }
        int[] want = Arrays.stream(expectedPersons, 3 * c, 3 * c + 3).filter(p -> p >= 0).toArray();
        int[] got = r.owners().stream().map(BeneficialOwner::person).mapToInt(p -> Integer.parseInt(p.substring(1)))
                .toArray();
        Arrays.sort(want);
        Arrays.sort(got);
        return Arrays.equals(want, got);
    }

    private int company() {
        return companies++;
    }

    private int person() {
        return rng.nextInt(persons);
    }

    private int[] distinct(int k) {
        int[] out = new int[k];
        for (int i = 0; i < k; i++) {
            int p;
            boolean again;
            do {
                p = person();
                again = false;
                for (int j = 0; j < i; j++) {
                    again |= out[j] == p;
                }
            } while (again);
            out[i] = p;
        }
        return out;
    }

    private void own(int person, int company, double percent) {
        b.ownership("P" + person, "C" + company, percent);
    }

    private void own2(int owner, int company, double percent) {
        b.ownership("C" + owner, "C" + company, percent);
    }

    private void direct(int person, int company) {
        b.directorship("P" + person, "C" + company);
    }

    /** Records the planted UBOs of a company (at most three persons, the rest of its slots stay -1). */
    private void expect(int company, UboBasis basis, int... who) {
        if (company >= expectedBasis.length) {
            int grown = Math.max(expectedBasis.length * 2, company + 1);
            expectedBasis = Arrays.copyOf(expectedBasis, grown);
            int old = expectedPersons.length;
            expectedPersons = Arrays.copyOf(expectedPersons, 3 * grown);
            Arrays.fill(expectedPersons, old, expectedPersons.length, -1);
        }
        expectedBasis[company] = (byte) basis.ordinal();
        System.arraycopy(who, 0, expectedPersons, 3 * company, who.length);
    }
}
