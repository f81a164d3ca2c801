package nl.gedeeldbeeld.resolve;

import java.util.Objects;
import java.util.Set;
import nl.gedeeldbeeld.model.value.DutchName;

/**
 * One source record about a company, in the form the matcher compares: values folded to lower-case ASCII,
 * an empty string where the source said nothing. {@code nameProper} is the name without its legal form
 * ("EC Restaurant B.V." and "EC Restaurant" are one trade name) and is what names are compared on; "Holding"
 * stays, since "X Holding B.V." and "X B.V." are two companies of one group. The id is never compared.
 *
 * @param registration the KvK number (Chamber of Commerce), digits only; for a foreign company its own register number
 */
public record CompanyRecord(String id, String name, String registration, String postcode, String streetNumber,
                            String locality) {
    /** Legal forms as they are written after dots and case are folded away. */
    private static final Set<String> LEGAL_FORMS = Set.of("bv", "nv", "vof", "cv", "bvba", "gmbh", "ltd", "limited",
            "llc", "inc", "sa", "sarl", "srl", "spa", "ag", "plc", "ua", "eenmanszaak");

    public CompanyRecord {
        Objects.requireNonNull(id, "id");
        name = fold(name == null ? "" : name.replace(".", ""));
        registration = registration == null ? "" : registration.replaceAll("[^0-9A-Za-z]", "").toLowerCase(java.util.Locale.ROOT);
        postcode = fold(postcode).replace(" ", "");
        streetNumber = fold(streetNumber);
        locality = fold(locality);
    }

    /** The name without legal forms, words in their order. */
    public String nameProper() {
        StringBuilder out = new StringBuilder();
        for (String word : name.split(" ")) {
            if (word.isEmpty() || LEGAL_FORMS.contains(word)) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word);
        }
        return out.toString();
    }

    private static String fold(String value) {
        return value == null ? "" : DutchName.fold(value);
    }
}
