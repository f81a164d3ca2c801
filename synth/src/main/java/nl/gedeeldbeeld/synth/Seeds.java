package nl.gedeeldbeeld.synth;

import java.util.SplittableRandom;

/**
 * Derives independent random streams per stage from the one world seed, so adding draws to one stage never
 * shifts what another stage generates.
 */
final class Seeds {
    private Seeds() {
    }

    static SplittableRandom stream(long seed, String stage) {
        return new SplittableRandom(mix(seed ^ mix(stage.hashCode())));
    }

    /** SplitMix64 finaliser: a cheap bijective scrambler of 64 bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    static long mix(long seed, long value) {
        return mix(mix(seed) + value * 0x9e3779b97f4a7c15L);
    }
}
