package nl.gedeeldbeeld.synth;

/** Kinds of person-to-person links, named after the FtM schemata partners record them as. */
enum LinkKind {
    ASSOCIATE("Associate"), FAMILY("Family"), UNKNOWN_LINK("UnknownLink");

    final String schema;

    LinkKind(String schema) {
        this.schema = schema;
    }
}
