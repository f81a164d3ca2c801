package nl.gedeeldbeeld.store.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/** Collects the distinct entity ids of the matching documents; no scores, no ranking. */
final class MatchingEntities extends SimpleCollector {
    private final Set<String> ids = new HashSet<>();
    private SortedDocValues entities;

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        entities = DocValues.getSorted(context.reader(), IndexFields.ENTITY);
    }

    @Override
    public void setScorer(Scorable scorer) {
        // scores are not needed
    }

    @Override
    public void collect(int doc) throws IOException {
        if (entities.advanceExact(doc)) {
            ids.add(entities.lookupOrd(entities.ordValue()).utf8ToString());
        }
    }

    static CollectorManager<MatchingEntities, Set<String>> manager() {
        return new CollectorManager<>() {
            @Override
            public MatchingEntities newCollector() {
                return new MatchingEntities();
            }

            @Override
            public Set<String> reduce(Collection<MatchingEntities> collectors) {
                Set<String> all = new HashSet<>();
                collectors.forEach(c -> all.addAll(c.ids));
                return Set.copyOf(all);
            }
        };
    }
}
