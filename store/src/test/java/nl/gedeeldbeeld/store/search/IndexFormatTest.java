package nl.gedeeldbeeld.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexFormatTest {
    @TempDir
    Path dir;

    @Test
    void anIndexWrittenByThisCodeIsCurrentAndAnEmptyOneNeedsNothing() {
        try (SearchIndex index = SearchIndex.open(dir, SchemaRegistry.standard())) {
            assertThat(index.formatOutdated()).isFalse();
            index.index("e1", java.util.List.of());
            index.commit();
        }
        try (SearchIndex index = SearchIndex.open(dir, SchemaRegistry.standard())) {
            assertThat(index.formatOutdated()).isFalse();
        }
    }

    @Test
    void anIndexWithDocumentsButNoFormatMarkIsOutdated() throws Exception {
        try (var directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            Document doc = new Document();
            doc.add(new StringField("entity", "old", Field.Store.YES));
            writer.addDocument(doc);
            writer.commit();
        }
        try (SearchIndex index = SearchIndex.open(dir, SchemaRegistry.standard())) {
            assertThat(index.formatOutdated()).isTrue();
        }
    }
}
