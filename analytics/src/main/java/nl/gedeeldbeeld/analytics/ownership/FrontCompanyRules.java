package nl.gedeeldbeeld.analytics.ownership;

/**
 * Thresholds of the front-company signals.
 *
 * @param companiesAtAddress an address is crowded from this many companies registered at it
 * @param shortLivedMonths a company is short-lived when dissolved within this many months of its founding
 * @param directorships a person directing this many companies or more is a possible nominee director
 * @param burstCompanies a person is also a possible nominee when directing this many companies or more
 *                       that were founded within {@code burstMonths} of each other
 * @param burstMonths the span of such a burst of foundings
 */
public record FrontCompanyRules(int companiesAtAddress, int shortLivedMonths, int directorships, int burstCompanies,
        int burstMonths) {
    public FrontCompanyRules {
        if (companiesAtAddress < 2 || shortLivedMonths < 1 || directorships < 2 || burstCompanies < 2
                || burstMonths < 1) {
            throw new IllegalArgumentException("front-company thresholds too low: at least 2 companies at an address, "
                    + "1 month, 2 directorships, 2 companies in a burst of at least 1 month");
        }
    }

    /**
     * Five companies at one address, dissolved within a year, five directorships, or three companies founded
     * within a year under one director: a trust office or a nominee stands out, an entrepreneur with a
     * holding and an operating company does not.
     */
    public static FrontCompanyRules standard() {
        return new FrontCompanyRules(5, 12, 5, 3, 12);
    }
}
