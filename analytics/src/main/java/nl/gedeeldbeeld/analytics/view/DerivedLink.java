package nl.gedeeldbeeld.analytics.view;

import java.util.Locale;
import java.util.Optional;

/**
 * A link between two parties that no partner recorded as a relationship but that their data implies: they
 * share an address, a phone number, a vehicle or a bank account. Investigators treat these as leads, not
 * facts, which is why each carries its own kind and the evidence names the shared thing.
 */
public enum DerivedLink {
    SHARED_ADDRESS("zelfde adres"),
    SHARED_PHONE("zelfde telefoonnummer"),
    SHARED_VEHICLE("zelfde voertuig"),
    SHARED_ACCOUNT("zelfde bankrekening");

    private final String dutch;

    DerivedLink(String dutch) {
        this.dutch = dutch;
    }

    /** The name users see, in Dutch. */
    public String dutch() {
        return dutch;
    }

    /** The kind a shared thing of this FtM schema implies, if any. */
    static Optional<DerivedLink> forThing(String schema) {
        return switch (schema) {
            case "Address" -> Optional.of(SHARED_ADDRESS);
            case "Vehicle" -> Optional.of(SHARED_VEHICLE);
            case "BankAccount" -> Optional.of(SHARED_ACCOUNT);
            default -> Optional.empty();
        };
    }

    /** Parses {@code shared-address}, {@code SHARED_ADDRESS} or {@code address}. */
    public static DerivedLink parse(String text) {
        String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (DerivedLink d : values()) {
            if (d.name().equals(key) || d.name().equals("SHARED_" + key)) {
                return d;
            }
        }
        throw new nl.gedeeldbeeld.model.UserInputException("unknown derived link '" + text
                + "'; use one of shared-address, shared-phone, shared-vehicle, shared-account");
    }
}
