package nl.gedeeldbeeld.app.network;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Results derived from one slice's projection (its entity views, a graph view, the key players or alerts on
 * it), kept beside the projection. The key is the very object they were computed from, compared by identity,
 * plus the request's parameters: the access layer hands out a new object whenever the slice's answer may
 * have changed (another slice, another day, a write to the store), so a derived result can only be found
 * again by a request that got the same answer, and never by another slice. Bounded, least recently used
 * first out; an entry keeps its source alive, so the capacity stays small.
 */
public final class ProjectionMemo<P, V> {
    private final int capacity;
    private final Map<Key<P>, V> entries;

    /**
     * An object compared by identity: a projection's answer is the same answer only if it is the same object. A
     * parameter that is itself such an answer (a second projection a result was derived from) is wrapped in it.
     */
    public record Same(Object value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Same other && other.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }

    /** Identity of the source, equality of the parameters. */
    private record Key<P>(Same source, P parameters) {
    }

    public ProjectionMemo(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be 0 or more, got " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key<P>, V> eldest) {
                return size() > ProjectionMemo.this.capacity;
            }
        };
    }

    /**
     * The result for this source and these parameters, computed once. Two requests that miss at the same time
     * both compute (the result is the same); the lock is not held while computing.
     */
    public V get(Object source, P parameters, Supplier<V> compute) {
        Key<P> key = new Key<>(new Same(Objects.requireNonNull(source, "source")), parameters);
        synchronized (this) {
            V known = entries.get(key);
            if (known != null) {
                return known;
            }
        }
        V computed = Objects.requireNonNull(compute.get(), "computed");
        if (capacity > 0) {
            synchronized (this) {
                entries.put(key, computed);
            }
        }
        return computed;
    }

    synchronized int size() {
        return entries.size();
    }
}
