package nl.gedeeldbeeld.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One element of a goAML report as the {@link GoamlReader} read it: local name (namespace dropped, as
 * goAML files are written with and without one), its text with surrounding white space trimmed, its
 * child elements, and the line where its start tag was. Only one report is held like this at a time;
 * the file itself is streamed.
 */
record GoamlElement(String name, String text, List<GoamlElement> children, long line) {

    GoamlElement {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        children = List.copyOf(children);
    }

    /** The first child of that name. */
    Optional<GoamlElement> child(String childName) {
        for (GoamlElement c : children) {
            if (c.name.equals(childName)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    List<GoamlElement> children(String childName) {
        List<GoamlElement> found = new ArrayList<>(2);
        for (GoamlElement c : children) {
            if (c.name.equals(childName)) {
                found.add(c);
            }
        }
        return found;
    }

    /** The text of the first child of that name, when it has any. */
    Optional<String> value(String childName) {
        return child(childName).map(GoamlElement::text).filter(t -> !t.isEmpty());
    }

    /**
     * The element written back as XML (elements and text; comments, processing instructions and
     * attributes, which goAML does not use for data, are not kept), indented two spaces per level.
     * Quarantine keeps this, and retry reads it back with the same reader.
     */
    String toXml() {
        StringBuilder out = new StringBuilder(256);
        write(out, 0);
        return out.toString();
    }

    private void write(StringBuilder out, int depth) {
        out.append("  ".repeat(depth)).append('<').append(name).append('>');
        if (children.isEmpty()) {
            escape(text, out);
        } else {
            if (!text.isEmpty()) {
                escape(text, out);
            }
            out.append('\n');
            for (GoamlElement c : children) {
                c.write(out, depth + 1);
                out.append('\n');
            }
            out.append("  ".repeat(depth));
        }
        out.append("</").append(name).append('>');
    }

    private static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> out.append(c);
            }
        }
    }
}
