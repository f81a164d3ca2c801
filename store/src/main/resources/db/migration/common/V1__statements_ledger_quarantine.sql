-- Portable SQL for H2 (MODE=PostgreSQL) and PostgreSQL. "value" is quoted because VALUE is a keyword in H2.

-- Append-only statements. The id is FtM's statement id (SHA-1 of dataset, entity, property, value), so a
-- re-import finds the same row and only moves last_seen.
CREATE TABLE statements (
    id             VARCHAR(64)     NOT NULL PRIMARY KEY,
    entity_id      VARCHAR(1024)   NOT NULL,
    schema         VARCHAR(128)    NOT NULL,
    property       VARCHAR(128)    NOT NULL,
    "value"        VARCHAR(100000) NOT NULL,
    -- NULL when the source wrote exactly the normalised value: most do, and it halves the row.
    original_value VARCHAR(100000),
    dataset        VARCHAR(63)     NOT NULL,
    partner        VARCHAR(128)    NOT NULL,
    regime         VARCHAR(128)    NOT NULL,
    reliability    CHAR(2)         NOT NULL,
    collected_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    first_seen     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen      TIMESTAMP WITH TIME ZONE NOT NULL,
    retain_until   DATE            NOT NULL,
    batch_id       VARCHAR(400)    NOT NULL
);

CREATE INDEX statements_entity_id ON statements (entity_id);
CREATE INDEX statements_dataset ON statements (dataset);

-- The import ledger: one row per (dataset, file bytes).
CREATE TABLE import_runs (
    run_id       VARCHAR(200)  NOT NULL PRIMARY KEY,
    dataset      VARCHAR(63)   NOT NULL,
    partner      VARCHAR(128)  NOT NULL,
    regime       VARCHAR(128)  NOT NULL,
    source_file  VARCHAR(1024) NOT NULL,
    file_sha256  VARCHAR(64)   NOT NULL,
    parameters   VARCHAR(100000) NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    completed_at TIMESTAMP WITH TIME ZONE,
    statements   BIGINT        NOT NULL DEFAULT 0,
    quarantined  BIGINT        NOT NULL DEFAULT 0
);

-- Committed batches; the primary key makes a second commit of the same batch fail instead of double-count.
CREATE TABLE import_batches (
    run_id       VARCHAR(200) NOT NULL REFERENCES import_runs (run_id),
    batch_number INTEGER      NOT NULL,
    first_record BIGINT       NOT NULL,
    last_record  BIGINT       NOT NULL,
    seen_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    committed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    inserted     BIGINT       NOT NULL,
    refreshed    BIGINT       NOT NULL,
    quarantined  BIGINT       NOT NULL,
    PRIMARY KEY (run_id, batch_number)
);

CREATE TABLE quarantine (
    run_id         VARCHAR(200)  NOT NULL REFERENCES import_runs (run_id),
    record_number  BIGINT        NOT NULL,
    dataset        VARCHAR(63)   NOT NULL,
    source_file    VARCHAR(1024) NOT NULL,
    reason         VARCHAR(100000) NOT NULL,
    raw_record     VARCHAR(1000000) NOT NULL,
    quarantined_at TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved       BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (run_id, record_number)
);

CREATE INDEX quarantine_dataset ON quarantine (dataset);
