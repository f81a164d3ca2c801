package nl.gedeeldbeeld.store.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.gedeeldbeeld.model.provenance.Provenance;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import tech.followthemoney.model.Schema;

/**
 * Turns an entity's statements into index documents: one per (dataset, partner, regime, schema, property,
 * retain-until) group, which are exactly the coordinates the access policy decides a statement on. A
 * document holds only that property's values, so a filter that leaves a document out also leaves out every
 * name, identifier and word it contributed: a redacted phone number or a property of a non-granted schema
 * cannot make its entity match. The existence statement ({@code id}) gets a document of its own without
 * values, so a blank search lists an entity whose slice is visible even when none of its values are. The
 * index serves no display values (no caption): what is shown comes from policy-filtered store reads.
 */
final class EntityDocuments {
    private final SchemaRegistry schemas;
    private final ValueKinds kinds;
    private final Map<String, List<String>> schemata = new ConcurrentHashMap<>();

    EntityDocuments(SchemaRegistry schemas) {
        this.schemas = schemas;
        this.kinds = new ValueKinds(schemas);
    }

    ValueKinds kinds() {
        return kinds;
    }

    private record Group(String dataset, String partner, String regime, String schema, String property,
                         LocalDate retainUntil) {
        static Group of(Statement s) {
            Provenance p = s.provenance();
            return new Group(p.dataset(), p.partner(), p.regime(), s.schema(), s.property(), p.retainUntil());
        }
    }

    List<Document> documents(String entityId, List<Statement> statements) {
        Map<Group, List<Statement>> groups = new LinkedHashMap<>();
        // The existence documents first: a blank search then reports the id document as an entity's best
        // one, and its schema is the one the entity was registered with.
        for (Statement s : statements) {
            if (s.isIdStatement()) {
                groups.computeIfAbsent(Group.of(s), k -> new ArrayList<>(1)).add(s);
            }
        }
        for (Statement s : statements) {
            if (!s.isIdStatement()) {
                groups.computeIfAbsent(Group.of(s), k -> new ArrayList<>(2)).add(s);
            }
        }
        List<Document> documents = new ArrayList<>(groups.size());
        BytesRef id = new BytesRef(entityId);
        groups.forEach((group, own) -> documents.add(document(entityId, id, group, own)));
        return documents;
    }

    private Document document(String entityId, BytesRef id, Group group, List<Statement> statements) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ENTITY, entityId, Field.Store.YES));
        doc.add(new SortedDocValuesField(IndexFields.ENTITY, id));
        doc.add(new StringField(IndexFields.SCHEMA, group.schema(), Field.Store.YES));
        doc.add(new SortedDocValuesField(IndexFields.SCHEMA, new BytesRef(group.schema()))); // facets
        for (String name : schemataOf(group.schema())) {
            doc.add(new StringField(IndexFields.SCHEMATA, name, Field.Store.NO));
        }
        doc.add(new StringField(IndexFields.DATASET, group.dataset(), Field.Store.YES));
        doc.add(new SortedDocValuesField(IndexFields.DATASET, new BytesRef(group.dataset()))); // facets, hit datasets
        doc.add(new StringField(IndexFields.PARTNER, group.partner(), Field.Store.NO));
        doc.add(new StringField(IndexFields.REGIME, group.regime(), Field.Store.NO));
        String slice = new SearchFilter.PartnerRegime(group.partner(), group.regime()).term();
        doc.add(new StringField(IndexFields.PARTNER_REGIME, slice, Field.Store.NO));
        doc.add(new SortedDocValuesField(IndexFields.PARTNER_REGIME, new BytesRef(slice))); // partner and regime facets
        doc.add(new StringField(IndexFields.PROPERTY, group.property(), Field.Store.YES));
        doc.add(new LongPoint(IndexFields.RETAIN_UNTIL, group.retainUntil().toEpochDay()));
        Set<String> seen = new LinkedHashSet<>();
        for (Statement s : statements) {
            if (!seen.add(s.value())) {
                continue;
            }
            switch (kinds.of(s)) {
                case NAME -> addName(doc, s.value());
                case IDENTIFIER -> doc.add(new StringField(IndexFields.IDENT, s.value(), Field.Store.NO));
                case TEXT -> doc.add(new TextField(IndexFields.TEXT, s.value(), Field.Store.NO));
                case SKIP -> { }
            }
        }
        return doc;
    }

    private static void addName(Document doc, String value) {
        String match = NameKeys.matchKey(value);
        if (match.isEmpty()) {
            return;
        }
        String exact = NameKeys.exactKey(value);
        doc.add(new TextField(IndexFields.NAME, match, Field.Store.NO));
        doc.add(new TextField(IndexFields.NAME_FULL, exact, Field.Store.NO));
        doc.add(new StringField(IndexFields.NAME_EXACT, exact, Field.Store.NO));
        doc.add(new StringField(IndexFields.NAME_KEY, match, Field.Store.NO));
    }

    /** Memoised: every document asks, and a schema's ancestry never changes. */
    private List<String> schemataOf(String schemaName) {
        return schemata.computeIfAbsent(schemaName, this::ancestry);
    }

    private List<String> ancestry(String schemaName) {
        Schema schema = schemas.schema(schemaName).orElse(null);
        if (schema == null) {
            return List.of(schemaName);
        }
        List<String> names = new ArrayList<>();
        for (Schema s : schema.getSchemata()) {
            names.add(s.getName());
        }
        if (!names.contains(schemaName)) {
            names.add(schemaName);
        }
        return List.copyOf(names);
    }
}
