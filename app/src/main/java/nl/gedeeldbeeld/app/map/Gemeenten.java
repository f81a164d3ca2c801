package nl.gedeeldbeeld.app.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Dutch municipalities (gemeenten) of the map: code, name, inhabitants and a point inside for markers,
 * read once from the bundled GeoJSON (CBS en Kadaster, Wijk- en Buurtkaart 2023). An address is placed in a
 * gemeente by its place name ({@code city}), the way Dutch registers write it ("'s-Gravenhage").
 */
final class Gemeenten {
    static final String RESOURCE = "/static/geo/gemeenten-2023.geojson";

    record Gemeente(String code, String name, long inhabitants, double lat, double lng) {
    }

    private final Map<String, Gemeente> byName = new LinkedHashMap<>();

    private Gemeenten(JsonNode geojson) {
        for (JsonNode feature : geojson.path("features")) {
            JsonNode p = feature.path("properties");
            double[] centre = centre(feature.path("geometry"));
            Gemeente g = new Gemeente(p.path("gemeentecode").asText(), p.path("gemeentenaam").asText(),
                    p.path("aantalInwoners").asLong(0), centre[1], centre[0]);
            byName.put(key(g.name()), g);
        }
    }

    static Gemeenten bundled() {
        try (InputStream in = Gemeenten.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the municipal boundaries " + RESOURCE + " are not on the classpath");
            }
            return new Gemeenten(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<Gemeente> byPlace(String place) {
        return Optional.ofNullable(byName.get(key(place)));
    }

    Collection<Gemeente> all() {
        return byName.values();
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** The mean of the vertices of the largest outer ring: inside for the compact shapes of most gemeenten. */
    private static double[] centre(JsonNode geometry) {
        JsonNode rings = geometry.path("coordinates");
        JsonNode best = null;
        if ("Polygon".equals(geometry.path("type").asText())) {
            best = rings.get(0);
        } else {
            for (JsonNode polygon : rings) {
                if (best == null || polygon.get(0).size() > best.size()) {
                    best = polygon.get(0);
                }
            }
        }
        double x = 0;
        double y = 0;
        for (JsonNode point : best) {
            x += point.get(0).asDouble();
            y += point.get(1).asDouble();
        }
        return new double[] {x / best.size(), y / best.size()};
    }
}
