package nl.gedeeldbeeld.resolve;

import java.util.List;
import java.util.function.Function;

/**
 * The comparisons of two company records, in levels as {@link Feature} does for persons: the trade name
 * (Jaro-Winkler levels on the name without legal form), the KvK number (equal, one typing error, other),
 * postcode, house number and town.
 */
public enum CompanyFeature implements Comparison {
    NAME("name", CompanyRecord::nameProper, 4),
    REGISTRATION("registration number", CompanyRecord::registration, 3),
    POSTCODE("postcode", CompanyRecord::postcode, 3),
    STREET_NUMBER("house number", CompanyRecord::streetNumber, 2),
    LOCALITY("locality", CompanyRecord::locality, 4);

    static final List<CompanyFeature> ALL = List.of(values());

    private final String label;
    private final Function<CompanyRecord, String> value;
    private final int levels;

    CompanyFeature(String label, Function<CompanyRecord, String> value, int levels) {
        this.label = label;
        this.value = value;
        this.levels = levels;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public int levels() {
        return levels;
    }

    /** The level of agreement; {@link Feature#MISSING} when one side has no value. */
    public int compare(CompanyRecord a, CompanyRecord b) {
        String x = value.apply(a);
        String y = value.apply(b);
        if (x.isEmpty() || y.isEmpty()) {
            return Feature.MISSING;
        }
        if (x.equals(y)) {
            return levels - 1;
        }
        return switch (this) {
            case NAME, LOCALITY -> {
                double s = JaroWinkler.similarity(x, y);
                yield s >= 0.92 ? 2 : s >= 0.80 ? 1 : 0;
            }
            case REGISTRATION, POSTCODE -> Feature.oneEdit(x, y) ? 1 : 0;
            case STREET_NUMBER -> 0;
        };
    }

    /** The pattern of a pair: every comparison's level, packed as {@link ComparisonPattern#pack} does. */
    public static int pattern(CompanyRecord a, CompanyRecord b) {
        int[] levels = new int[ALL.size()];
        for (int f = 0; f < levels.length; f++) {
            levels[f] = ALL.get(f).compare(a, b);
        }
        return ComparisonPattern.pack(levels);
    }
}
