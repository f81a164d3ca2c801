package nl.gedeeldbeeld.synth;

import java.util.Objects;
import java.util.Optional;

/**
 * One partner file as listed in {@code manifest.json}: everything {@code gb demo} needs to import it.
 *
 * @param path        file path relative to the output directory, with forward slashes
 * @param format      {@code ftm}, {@code csv} or {@code tsv}
 * @param mapping     relative path of the mapping YAML, for csv and tsv
 * @param dataset     dataset name, e.g. {@code politie-bvh}
 * @param partner     partner organisation code, e.g. {@code POLITIE}
 * @param regime      legal regime code, e.g. {@code WPG_ART8}
 * @param reliability source and information grading, e.g. {@code B2}
 * @param records     data rows (csv/tsv) or entities (ftm) in the file
 */
public record ManifestEntry(String path, String format, Optional<String> mapping, String dataset, String partner,
                            String regime, String reliability, long records) {
    public ManifestEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(reliability, "reliability");
    }
}
