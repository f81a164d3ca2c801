package nl.gedeeldbeeld.store.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gedeeldbeeld.model.entity.EntityView;
import nl.gedeeldbeeld.model.provenance.Provenance;
import nl.gedeeldbeeld.model.schema.SchemaRegistry;
import nl.gedeeldbeeld.model.statement.Statement;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import tech.followthemoney.model.Schema;

/**
 * Turns an entity's statements into index documents: one per provenance slice (dataset, partner,
 * regime). Nearly every entity has one slice, because entity ids are namespaced per dataset; an entity
 * with statements from several slices gets several documents, each holding only its own values, so a
 * filter that excludes a slice also excludes the names and identifiers it contributed. The searcher
 * collapses slices back into one hit per entity.
 */
final class EntityDocuments {
    private final SchemaRegistry schemas;
    private final ValueKinds kinds;

    EntityDocuments(SchemaRegistry schemas) {
        this.schemas = schemas;
        this.kinds = new ValueKinds(schemas);
    }

    private record Slice(String dataset, String partner, String regime) {
        static Slice of(Provenance p) {
            return new Slice(p.dataset(), p.partner(), p.regime());
        }
    }

    List<Document> documents(String entityId, List<Statement> statements) {
        Map<Slice, List<Statement>> slices = new LinkedHashMap<>();
        for (Statement s : statements) {
            slices.computeIfAbsent(Slice.of(s.provenance()), k -> new ArrayList<>(statements.size())).add(s);
        }
        List<Document> documents = new ArrayList<>(slices.size());
        slices.forEach((slice, own) -> documents.add(document(entityId, slice, own)));
        return documents;
    }

    private Document document(String entityId, Slice slice, List<Statement> statements) {
        EntityView view = EntityView.of(entityId, statements, schemas).orElseThrow();
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ENTITY, entityId, Field.Store.YES));
        doc.add(new SortedDocValuesField(IndexFields.ENTITY, new BytesRef(entityId)));
        doc.add(new StoredField(IndexFields.SCHEMA, view.schema()));
        for (String name : schemataOf(view.schema())) {
            doc.add(new StringField(IndexFields.SCHEMATA, name, Field.Store.NO));
        }
        doc.add(new StoredField(IndexFields.CAPTION, view.caption()));
        doc.add(new StringField(IndexFields.DATASET, slice.dataset(), Field.Store.YES));
        doc.add(new StringField(IndexFields.PARTNER, slice.partner(), Field.Store.NO));
        doc.add(new StringField(IndexFields.REGIME, slice.regime(), Field.Store.NO));
        doc.add(new StringField(IndexFields.PARTNER_REGIME,
                new SearchFilter.PartnerRegime(slice.partner(), slice.regime()).term(), Field.Store.NO));
        Set<String> seen = new LinkedHashSet<>();
        for (Statement s : statements) {
            if (!seen.add(s.property() + "\t" + s.value())) {
                continue;
            }
            switch (kinds.of(s)) {
                case NAME -> addName(doc, s);
                case IDENTIFIER -> {
                    doc.add(new StringField(IndexFields.IDENT, s.value(), Field.Store.NO));
                    doc.add(new StoredField(IndexFields.IDENT_PAIR, s.property() + "\t" + s.value()));
                }
                case TEXT -> doc.add(new TextField(IndexFields.TEXT, s.value(), Field.Store.NO));
                case SKIP -> { }
            }
        }
        return doc;
    }

    private static void addName(Document doc, Statement s) {
        String match = NameKeys.matchKey(s.value());
        if (match.isEmpty()) {
            return;
        }
        doc.add(new TextField(IndexFields.NAME, match, Field.Store.NO));
        doc.add(new TextField(IndexFields.NAME_FULL, NameKeys.exactKey(s.value()), Field.Store.NO));
        doc.add(new StringField(IndexFields.NAME_EXACT, NameKeys.exactKey(s.value()), Field.Store.NO));
        doc.add(new StringField(IndexFields.NAME_KEY, match, Field.Store.NO));
        doc.add(new StoredField(IndexFields.NAME_PAIR, s.property() + "\t" + s.value()));
    }

    private List<String> schemataOf(String schemaName) {
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
        return names;
    }
}
