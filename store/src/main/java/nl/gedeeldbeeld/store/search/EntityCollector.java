package nl.gedeeldbeeld.store.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Collects every matching document and keeps, per entity, its best-scoring document: the total is then the
 * number of distinct entities (not documents) and each entity appears once in the ranking.
 *
 * <p>Within a segment entities are kept by doc-values ordinal and their ids are looked up once per entity
 * at the end of the segment, in ordinal order: looking ids up as documents arrive decompressed a block of
 * the terms dictionary per entity, which was most of the time of a search matching many entities.
 */
final class EntityCollector implements Collector {

    /**
     * The best document of one entity, with its schema, and the datasets and (partner, regime) slices of all its
     * matching documents. Within a segment these are doc-values ordinals; {@link #flush()} names them.
     */
    static final class Best {
        String entityId;
        float score;
        int doc;
        String schema;
        final Set<String> datasets = new LinkedHashSet<>(2);
        /** Partner and regime of the matching documents, as {@link SearchFilter.PartnerRegime#term()}s. */
        final Set<String> slices = new LinkedHashSet<>(2);
        private int schemaOrd;
        private int[] datasetOrds = new int[2];
        private int datasetCount;
        private int[] sliceOrds = new int[2];
        private int sliceCount;

        Best(float score, int doc, int schemaOrd, int datasetOrd, int sliceOrd) {
            this.score = score;
            this.doc = doc;
            this.schemaOrd = schemaOrd;
            addDataset(datasetOrd);
            addSlice(sliceOrd);
        }

        void add(float score, int doc, int schemaOrd, int datasetOrd, int sliceOrd) {
            if (score > this.score) {
                this.score = score;
                this.doc = doc;
                this.schemaOrd = schemaOrd;
            }
            addDataset(datasetOrd);
            addSlice(sliceOrd);
        }

        private void addDataset(int ord) {
            if (ord < 0 || contains(datasetOrds, datasetCount, ord)) {
                return;
            }
            if (datasetCount == datasetOrds.length) {
                datasetOrds = Arrays.copyOf(datasetOrds, datasetCount * 2);
            }
            datasetOrds[datasetCount++] = ord;
        }

        private void addSlice(int ord) {
            if (ord < 0 || contains(sliceOrds, sliceCount, ord)) {
                return;
            }
            if (sliceCount == sliceOrds.length) {
                sliceOrds = Arrays.copyOf(sliceOrds, sliceCount * 2);
            }
            sliceOrds[sliceCount++] = ord;
        }

        private static boolean contains(int[] ords, int count, int ord) {
            for (int i = 0; i < count; i++) {
                if (ords[i] == ord) {
                    return true;
                }
            }
            return false;
        }

        void merge(Best other) {
            if (other.score > score) {
                score = other.score;
                doc = other.doc;
                schema = other.schema;
            }
            datasets.addAll(other.datasets);
            slices.addAll(other.slices);
        }
    }

    /** Best score first; ties by entity id, so pages are stable. */
    static final Comparator<Best> RANKING = Comparator.<Best>comparingDouble(b -> -b.score)
            .thenComparing(b -> b.entityId);

    private final Map<String, Best> best = new HashMap<>();
    private SortedDocValues pendingIds;
    private SortedDocValues pendingSchemata;
    private SortedDocValues pendingDatasets;
    private SortedDocValues pendingSlices;
    private Map<Integer, Best> pending;

    Collection<Best> entities() throws IOException {
        flush();
        return best.values();
    }

    /** The first {@code n} entities in ranking order, without sorting all of them. */
    List<Best> top(int n) throws IOException {
        flush();
        if (n <= 0) {
            return List.of();
        }
        PriorityQueue<Best> worstFirst = new PriorityQueue<>(n + 1, RANKING.reversed());
        for (Best b : best.values()) {
            if (worstFirst.size() < n) {
                worstFirst.add(b);
            } else if (RANKING.compare(b, worstFirst.peek()) < 0) {
                worstFirst.poll();
                worstFirst.add(b);
            }
        }
        List<Best> ranked = new ArrayList<>(worstFirst);
        ranked.sort(RANKING);
        return ranked;
    }

    int count() throws IOException {
        flush();
        return best.size();
    }

    /**
     * Entities per schema, per dataset, per partner and per legal regime, over every collected entity; an entity
     * with matching documents of two datasets (partners, regimes) counts once in each.
     */
    SearchFacets facets() throws IOException {
        flush();
        Map<String, Long> schemata = new HashMap<>();
        Map<String, Long> datasets = new HashMap<>();
        Map<String, Long> partners = new HashMap<>();
        Map<String, Long> regimes = new HashMap<>();
        Set<String> entityPartners = new java.util.HashSet<>(4);
        Set<String> entityRegimes = new java.util.HashSet<>(4);
        for (Best b : best.values()) {
            if (b.schema != null) {
                schemata.merge(b.schema, 1L, Long::sum);
            }
            for (String d : b.datasets) {
                datasets.merge(d, 1L, Long::sum);
            }
            entityPartners.clear();
            entityRegimes.clear();
            for (String slice : b.slices) {
                int cut = slice.indexOf(SearchFilter.PartnerRegime.SEPARATOR);
                if (cut > 0) {
                    entityPartners.add(slice.substring(0, cut));
                    entityRegimes.add(slice.substring(cut + 1));
                }
            }
            entityPartners.forEach(p -> partners.merge(p, 1L, Long::sum));
            entityRegimes.forEach(r -> regimes.merge(r, 1L, Long::sum));
        }
        return new SearchFacets(schemata, datasets, partners, regimes);
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        flush();
        SortedDocValues ids = DocValues.getSorted(context.reader(), IndexFields.ENTITY);
        SortedDocValues schemata = DocValues.getSorted(context.reader(), IndexFields.SCHEMA);
        SortedDocValues datasets = DocValues.getSorted(context.reader(), IndexFields.DATASET);
        // Indexes written before the slice doc values existed have none: their partner and regime facets stay empty.
        SortedDocValues slices = DocValues.getSorted(context.reader(), IndexFields.PARTNER_REGIME);
        Map<Integer, Best> byOrd = new HashMap<>();
        pendingIds = ids;
        pendingSchemata = schemata;
        pendingDatasets = datasets;
        pendingSlices = slices;
        pending = byOrd;
        int base = context.docBase;
        return new LeafCollector() {
            private Scorable scorer;
            // An entity's documents are written as one block, so matching documents of one entity mostly
            // arrive one after another: remembering the last ordinal saves the map probe.
            private int lastOrd = -1;
            private Best last;

            @Override
            public void setScorer(Scorable scorer) {
                this.scorer = scorer;
            }

            @Override
            public void collect(int doc) throws IOException {
                if (!ids.advanceExact(doc)) {
                    return;
                }
                int ord = ids.ordValue();
                float score = scorer.score();
                int schemaOrd = schemata.advanceExact(doc) ? schemata.ordValue() : -1;
                int datasetOrd = datasets.advanceExact(doc) ? datasets.ordValue() : -1;
                int sliceOrd = slices.advanceExact(doc) ? slices.ordValue() : -1;
                if (ord == lastOrd) {
                    last.add(score, base + doc, schemaOrd, datasetOrd, sliceOrd);
                    return;
                }
                Best b = byOrd.get(ord);
                if (b == null) {
                    b = new Best(score, base + doc, schemaOrd, datasetOrd, sliceOrd);
                    byOrd.put(ord, b);
                } else {
                    b.add(score, base + doc, schemaOrd, datasetOrd, sliceOrd);
                }
                lastOrd = ord;
                last = b;
            }

            @Override
            public void finish() throws IOException {
                flush();
            }
        };
    }

    /** Names the entities of the segment just collected and merges them into the result. */
    private void flush() throws IOException {
        if (pending == null) {
            return;
        }
        int[] ords = new int[pending.size()];
        int i = 0;
        for (Iterator<Integer> it = pending.keySet().iterator(); it.hasNext(); ) {
            ords[i++] = it.next();
        }
        Arrays.sort(ords);
        // Few schemata and datasets, many entities: name each ordinal once per segment.
        Map<Integer, String> schemaNames = new HashMap<>();
        Map<Integer, String> datasetNames = new HashMap<>();
        Map<Integer, String> sliceNames = new HashMap<>();
        for (int ord : ords) {
            Best b = pending.get(ord);
            b.entityId = pendingIds.lookupOrd(ord).utf8ToString();
            b.schema = name(pendingSchemata, b.schemaOrd, schemaNames);
            for (int d = 0; d < b.datasetCount; d++) {
                b.datasets.add(name(pendingDatasets, b.datasetOrds[d], datasetNames));
            }
            for (int d = 0; d < b.sliceCount; d++) {
                b.slices.add(name(pendingSlices, b.sliceOrds[d], sliceNames));
            }
            // An entity's documents normally share a segment; merging keeps the count right if they do not.
            Best known = best.putIfAbsent(b.entityId, b);
            if (known != null) {
                known.merge(b);
            }
        }
        pending = null;
        pendingIds = null;
        pendingSchemata = null;
        pendingDatasets = null;
        pendingSlices = null;
    }

    private static String name(SortedDocValues values, int ord, Map<Integer, String> names) throws IOException {
        if (ord < 0) {
            return null;
        }
        String known = names.get(ord);
        if (known == null) {
            known = values.lookupOrd(ord).utf8ToString();
            names.put(ord, known);
        }
        return known;
    }

    /** For {@code IndexSearcher.search}; the searcher has no executor, so one collector sees every segment. */
    static CollectorManager<EntityCollector, EntityCollector> manager() {
        return new CollectorManager<>() {
            @Override
            public EntityCollector newCollector() {
                return new EntityCollector();
            }

            @Override
            public EntityCollector reduce(Collection<EntityCollector> collectors) throws IOException {
                if (collectors.size() == 1) {
                    return collectors.iterator().next();
                }
                EntityCollector merged = new EntityCollector();
                for (EntityCollector c : collectors) {
                    for (Best b : c.entities()) {
                        Best known = merged.best.putIfAbsent(b.entityId, b);
                        if (known != null) {
                            known.merge(b);
                        }
                    }
                }
                return merged;
            }
        };
    }
}
