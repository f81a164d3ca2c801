package nl.gedeeldbeeld.store.search;

/** Edit distance with an early exit, for explaining hits (the index itself uses Lucene's automata). */
final class Levenshtein {
    private Levenshtein() {
    }

    static boolean within(String a, String b, int maxEdits) {
        if (Math.abs(a.length() - b.length()) > maxEdits) {
            return false;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > maxEdits) {
                return false;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()] <= maxEdits;
    }
}
