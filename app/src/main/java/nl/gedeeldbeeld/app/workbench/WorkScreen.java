package nl.gedeeldbeeld.app.workbench;

import java.util.Optional;
import nl.gedeeldbeeld.policy.write.WriteAction;

/**
 * The work screens (werkbank) of the web UI, each serving the people whose write rule it carries out: the
 * rule of {@link #action} names the roles and purposes that may act there, so the catalogue decides who sees a
 * screen, not this code. The audit view has no write rule; it serves whoever may declare the accountability
 * purpose (verantwoording), as the audit API does.
 */
public enum WorkScreen {
    BEOORDELEN("beoordelen", "Beoordelen",
            "Paren die het model niet zeker weet: beoordeel of het dezelfde persoon is, en geef toestemming voor "
                    + "oordelen van andere partners over uw registraties.", WriteAction.JUDGE, true),
    EXPORTS("exports", "Exports",
            "Exports van uw organisatie: aanvragen, door een tweede persoon laten goedkeuren (vier ogen) en downloaden.",
            WriteAction.APPROVE_EXPORT, true),
    BESCHERMING("bescherming", "Bescherming",
            "Afgeschermde personen van uw eenheid (bewaken en beveiligen) en de meldingen als iemand hen raadpleegt.",
            WriteAction.READ_PROTECTION_ALERTS, false),
    BEWARING("bewaring", "Bewaring",
            "Bewaarplichten op gegevens van uw organisatie, de bewaartermijnen en een proefschoning.",
            WriteAction.PLACE_HOLD, false),
    AUDIT("audit", "Audit",
            "Wie heeft een entiteit geraadpleegd, waarom en onder welk convenant; en wat een gebruiker heeft gezien.",
            null, false);

    /** The purpose of accountability work; casework screens are not for it, the audit view only for it. */
    public static final String ACCOUNTABILITY = "VERANTWOORDING";

    private final String path;
    private final String title;
    private final String description;
    private final WriteAction action;
    private final boolean casework;

    WorkScreen(String path, String title, String description, WriteAction action, boolean casework) {
        this.path = path;
        this.title = title;
        this.description = description;
        this.action = action;
        this.casework = casework;
    }

    /** The screen's address, e.g. {@code /werkbank/beoordelen}. */
    public String url() {
        return "/werkbank/" + path;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** The write rule whose roles and purposes decide who the screen serves; empty for the audit view. */
    public Optional<WriteAction> action() {
        return Optional.ofNullable(action);
    }

    /**
     * Whether the screen is casework: judging pairs and exporting data are not accountability work, so the
     * privacy officer under purpose VERANTWOORDING does neither, even where the write rule names no purpose.
     */
    public boolean casework() {
        return casework;
    }
}
