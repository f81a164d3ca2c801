package nl.gedeeldbeeld.model.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.gedeeldbeeld.model.UserInputException;
import nl.gedeeldbeeld.model.value.EnumType;
import nl.gedeeldbeeld.model.value.ValueFormats;
import nl.gedeeldbeeld.model.value.ValueResult;
import nl.gedeeldbeeld.model.value.ValueType;
import tech.followthemoney.model.Model;
import tech.followthemoney.model.Property;
import tech.followthemoney.model.Schema;

/**
 * The schemata as data: FollowTheMoney's published model (from its Java library, our interchange
 * contract) merged with our extensions in {@code schema-extensions.json}, and a table that gives every
 * property its value format ({@code property-formats.json}). One instance serves the whole process.
 */
public final class SchemaRegistry {
    private static final String RESOURCES = "/nl/gedeeldbeeld/model/";
    private static volatile SchemaRegistry standard;

    private final Model model;
    private final ValueFormats formats;
    private final Map<String, String> formatByFtmType;
    private final Map<String, String> formatByQName;

    private SchemaRegistry(Model model, ValueFormats formats, Map<String, String> formatByFtmType,
                           Map<String, String> formatByQName) {
        this.model = model;
        this.formats = formats;
        this.formatByFtmType = Map.copyOf(formatByFtmType);
        this.formatByQName = Map.copyOf(formatByQName);
    }

    /** The registry built from the bundled FtM model and our extensions. */
    public static SchemaRegistry standard() {
        SchemaRegistry local = standard;
        if (local == null) {
            synchronized (SchemaRegistry.class) {
                local = standard;
                if (local == null) {
                    standard = local = load();
                }
            }
        }
        return local;
    }

    private static SchemaRegistry load() {
        return load(java.util.Optional.empty());
    }

    /**
     * The standard registry with more properties or schemata, written like {@code schema-extensions.json}
     * ({@code {"schemata": {…}, "properties": {"Person": {"name": {…}}}}}): a model change, such as a newer
     * FtM version's properties, without a new build. Values an import held in quarantine because their
     * property was unknown come in with {@code gb quarantine retry} once the registry knows it.
     */
    public static SchemaRegistry withExtensions(String extensionsJson) {
        return load(java.util.Optional.of(extensionsJson));
    }

    private static SchemaRegistry load(java.util.Optional<String> more) {
        ObjectMapper mapper = new ObjectMapper();
        try (InputStream ftm = Model.class.getResourceAsStream("/defaultModel.json");
             InputStream ext = SchemaRegistry.class.getResourceAsStream(RESOURCES + "schema-extensions.json");
             InputStream fmt = SchemaRegistry.class.getResourceAsStream(RESOURCES + "property-formats.json")) {
            ObjectNode tree = (ObjectNode) mapper.readTree(ftm);
            JsonNode extensions = mapper.readTree(ext);
            merge(tree, extensions);
            if (more.isPresent()) {
                JsonNode extra = mapper.readTree(more.get());
                if (!extra.has("schemata")) {
                    ((ObjectNode) extra).putObject("schemata");
                }
                if (!extra.has("properties")) {
                    ((ObjectNode) extra).putObject("properties");
                }
                merge(tree, extra);
            }
            Model model = Model.fromJson(mapper, tree);
            JsonNode formatsJson = mapper.readTree(fmt);
            return new SchemaRegistry(model, ValueFormats.withEnumerations(enumerations(tree.get("types"))),
                    toMap(formatsJson.get("types")), toMap(formatsJson.get("properties")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled schema model", e);
        }
    }

    private static void merge(ObjectNode tree, JsonNode extensions) {
        ObjectNode schemata = (ObjectNode) tree.get("schemata");
        extensions.get("schemata").fields().forEachRemaining(e -> schemata.set(e.getKey(), e.getValue()));
        extensions.get("properties").fields().forEachRemaining(e -> {
            ObjectNode props = (ObjectNode) schemata.get(e.getKey()).get("properties");
            e.getValue().fields().forEachRemaining(p -> props.set(p.getKey(), p.getValue()));
        });
    }

    private static Map<String, EnumType> enumerations(JsonNode types) {
        Map<String, EnumType> result = new HashMap<>();
        for (String name : new String[] {"gender", "topic", "language"}) {
            JsonNode values = types.get(name).get("values");
            Map<String, String> labels = new HashMap<>();
            Set<String> codes = new TreeSet<>();
            values.fields().forEachRemaining(v -> {
                codes.add(v.getKey());
                labels.put(v.getValue().asText().toLowerCase(Locale.ROOT), v.getKey());
            });
            result.put(name, new EnumType(name, codes, labels));
        }
        return result;
    }

    private static Map<String, String> toMap(JsonNode node) {
        Map<String, String> map = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            map.put(e.getKey(), e.getValue().asText());
        }
        return map;
    }

    public Model ftmModel() {
        return model;
    }

    public Optional<Schema> schema(String name) {
        return Optional.ofNullable(model.getSchemata().get(name));
    }

    /** The schema of that name, or a user error naming it. */
    public Schema require(String name) {
        Schema schema = model.getSchemata().get(name);
        if (schema == null) {
            throw new UserInputException("unknown schema '" + name + "'");
        }
        return schema;
    }

    public Set<String> schemaNames() {
        return new TreeSet<>(model.getSchemata().keySet());
    }

    public Optional<Property> property(Schema schema, String name) {
        return Optional.ofNullable(schema.getProperty(name));
    }

    /**
     * The value type of a property as used on a schema: a per-property override on the schema or an
     * ancestor, else the format of its FtM type.
     */
    public ValueType valueType(Schema schema, Property property) {
        String code = formatByQName.get(property.getQName());
        for (Schema s : schema.getSchemata()) {
            if (code != null) {
                break;
            }
            String override = formatByQName.get(s.getName() + ":" + property.getName());
            if (override != null) {
                code = override;
            }
        }
        if (code == null) {
            code = formatByFtmType.getOrDefault(property.getType().getName(), "string");
        }
        String resolved = code;
        return formats.byCode(resolved).orElseThrow(() -> new IllegalStateException("no value format '" + resolved + "'"));
    }

    /** Validate and normalise one raw value for a property of a schema. */
    public ValueResult normalise(Schema schema, String propertyName, String raw) {
        Property property = schema.getProperty(propertyName);
        if (property == null) {
            return ValueResult.invalid("schema " + schema.getName() + " has no property '" + propertyName + "'");
        }
        return valueType(schema, property).normalise(raw);
    }
}
