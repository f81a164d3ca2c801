package nl.gedeeldbeeld.analytics.view;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The professional role that makes a party a possible facilitator of organised crime, as the seeds name
 * them: financial (accountants, tax advisers, administration offices), legal (lawyers, notaries) and
 * logistic (transport, stevedoring, port staff). Read from the data, never from ground truth: a
 * company's sector text (SBI description), a person's profession, or a port access pass.
 */
public enum FacilitatorRole {
    FINANCIAL("financieel"), LEGAL("juridisch"), LOGISTIC("logistiek");

    private final String dutch;

    FacilitatorRole(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }

    /** The roles a sector description or profession points to (SBI 69.20, 69.10, 49.41, 52.24 …). */
    public static Set<FacilitatorRole> fromText(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        Set<FacilitatorRole> roles = EnumSet.noneOf(FacilitatorRole.class);
        if (t.contains("accountan") || t.contains("belastingadvi") || t.contains("administratiekantoor")
                || t.contains("boekhoud") || t.contains("trustkantoor") || t.contains("geldezel")) {
            roles.add(FINANCIAL);
        }
        if (t.contains("rechtskundig") || t.contains("advoca") || t.contains("notari") || t.contains("jurist")) {
            roles.add(LEGAL);
        }
        if (t.contains("vervoer") || t.contains("overslag") || t.contains("transport") || t.contains("logistiek")
                || t.contains("expedit") || t.contains("haven") || t.contains("stuwadoor")) {
            roles.add(LOGISTIC);
        }
        return roles;
    }
}
