package nl.gedeeldbeeld.store.access;

import java.util.List;
import java.util.Objects;

/** The entities one step from a centre that the request may see, each with the visible link that leads there. */
public record Neighbourhood(String centreId, List<Neighbour> neighbours) {
    public Neighbourhood {
        Objects.requireNonNull(centreId, "centreId");
        neighbours = List.copyOf(neighbours);
    }
}
