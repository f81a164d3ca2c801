package nl.gedeeldbeeld.app.workbench;

import java.util.Optional;
import nl.gedeeldbeeld.policy.write.WriteAction;

/**
 * The work screens (werkbank) of the web UI. Which of them a request may open is the workspace's call
 * ({@link nl.gedeeldbeeld.app.start.Workspace}, from the write rules of each screen's action and the declared
 * purpose), so the navigation, the start page and the screens themselves never disagree.
 */
public enum WorkScreen {
    BEOORDELEN("beoordelen", "Beoordelen",
            "Paren die het model niet zeker weet: beoordeel of het dezelfde persoon is, en geef toestemming voor "
                    + "oordelen van andere partners over uw registraties."),
    EXPORTS("exports", "Exports",
            "Exports van uw organisatie: aanvragen, door een tweede persoon laten goedkeuren (vier ogen) en downloaden."),
    BESCHERMING("bescherming", "Bescherming",
            "Afgeschermde personen van uw eenheid (bewaken en beveiligen) en de meldingen als iemand hen raadpleegt."),
    VERZOEKEN("verzoeken", "Verzoeken",
            "Informatie opvragen bij partners die een persoon kennen (bekend bij), en verzoeken aan uw organisatie "
                    + "beantwoorden: verstrekken of weigeren."),
    BEWARING("bewaring", "Bewaring",
            "Bewaarplichten op gegevens van uw organisatie, de bewaartermijnen en een proefschoning."),
    AUDIT("audit", "Verantwoording",
            "Wie heeft een entiteit geraadpleegd, waarom en onder welk convenant; en wat een gebruiker heeft gezien.");

    private final String key;
    private final String title;
    private final String description;

    WorkScreen(String key, String title, String description) {
        this.key = key;
        this.title = title;
        this.description = description;
    }

    /** The screen's key in the workspace (and the last part of its address). */
    public String key() {
        return key;
    }

    /** The screen's address, e.g. {@code /werkbank/beoordelen}. */
    public String url() {
        return "/werkbank/" + key;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }
}
