package nl.gedeeldbeeld.synth;

import java.util.ArrayList;
import java.util.List;

/** Companies abroad: shell counterparties in layering and shippers of containers. */
final class ForeignParties {
    record ForeignCompany(String name, String country) {
    }

    final List<ForeignCompany> companies = new ArrayList<>();

    int add(String name, String country) {
        companies.add(new ForeignCompany(name, country));
        return companies.size() - 1;
    }

    static String trueId(int i) {
        return "F" + IbanFactory.pad(i, 5);
    }
}
