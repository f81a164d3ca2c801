package nl.gedeeldbeeld.store.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Collects every matching document and keeps, per entity, its best-scoring slice: the total is then the
 * number of distinct entities (not slices) and each entity appears once in the ranking.
 */
final class EntityCollector implements Collector {

    /** The best slice of one entity, plus the datasets of all its matching slices. */
    static final class Best {
        final String entityId;
        float score;
        int doc;
        final List<Integer> docs = new ArrayList<>(1);

        Best(String entityId, float score, int doc) {
            this.entityId = entityId;
            this.score = score;
            this.doc = doc;
        }
    }

    static final Comparator<Best> RANKING = Comparator.<Best>comparingDouble(b -> -b.score)
            .thenComparing(b -> b.entityId);

    private final Map<String, Best> best = new HashMap<>();

    Collection<Best> entities() {
        return best.values();
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        SortedDocValues ids = DocValues.getSorted(context.reader(), IndexFields.ENTITY);
        int base = context.docBase;
        return new LeafCollector() {
            private Scorable scorer;

            @Override
            public void setScorer(Scorable scorer) {
                this.scorer = scorer;
            }

            @Override
            public void collect(int doc) throws IOException {
                if (!ids.advanceExact(doc)) {
                    return;
                }
                String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
                float score = scorer.score();
                Best b = best.get(id);
                if (b == null) {
                    b = new Best(id, score, base + doc);
                    best.put(id, b);
                } else if (score > b.score) {
                    b.score = score;
                    b.doc = base + doc;
                }
                b.docs.add(base + doc);
            }
        };
    }

    /** For {@code IndexSearcher.search}; the searcher has no executor, so one collector sees every segment. */
    static CollectorManager<EntityCollector, EntityCollector> manager() {
        return new CollectorManager<>() {
            @Override
            public EntityCollector newCollector() {
                return new EntityCollector();
            }

            @Override
            public EntityCollector reduce(Collection<EntityCollector> collectors) {
                EntityCollector merged = new EntityCollector();
                for (EntityCollector c : collectors) {
                    c.best.forEach((id, b) -> merged.best.merge(id, b, (x, y) -> {
                        Best winner = x.score >= y.score ? x : y;
                        Best other = winner == x ? y : x;
                        winner.docs.addAll(other.docs);
                        return winner;
                    }));
                }
                return merged;
            }
        };
    }
}
