package nl.gedeeldbeeld.synth;

/** Relations grouped by the company they point to (compressed rows), for views that list a company's people. */
final class RelationIndex {
    private final int[] start;
    private final int[] relations;

    RelationIndex(World world) {
        Relations r = world.relations;
        int companies = world.companies.size();
        start = new int[companies + 1];
        for (int i = 0; i < r.size(); i++) {
            start[Ref.index(r.to.get(i)) + 1]++;
        }
        for (int c = 0; c < companies; c++) {
            start[c + 1] += start[c];
        }
        relations = new int[r.size()];
        int[] fill = start.clone();
        for (int i = 0; i < r.size(); i++) {
            relations[fill[Ref.index(r.to.get(i))]++] = i;
        }
    }

    /** Relation indices for one company, in creation order. */
    int[] of(int company) {
        return java.util.Arrays.copyOfRange(relations, start[company], start[company + 1]);
    }
}
