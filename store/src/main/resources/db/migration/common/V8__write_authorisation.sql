-- Portable SQL for H2 (MODE=PostgreSQL) and PostgreSQL: what the write-authorisation model keeps
-- (policy.write; docs/architecture.md, "Writes").

-- A legal hold belongs to the organisation whose privacy officer placed it; only that organisation lifts
-- it. Holds from before this version were placed by the platform's operator and keep an empty organisation.
ALTER TABLE legal_holds ADD COLUMN organisation VARCHAR(128) DEFAULT '' NOT NULL;

-- The purpose under which the owning unit placed a protection flag (empty for older flags).
ALTER TABLE protection_flags ADD COLUMN flagged_purpose VARCHAR(128) DEFAULT '' NOT NULL;

-- Four eyes on lifting a protection flag: one member of the owning unit asks (a row here), a second,
-- different member approves (the flag's lifted_by). At most one open request per active flag: the key is
-- the flag row, and the row goes with the request's answer.
CREATE TABLE protection_lift_requests (
    flag_id      BIGINT        NOT NULL PRIMARY KEY REFERENCES protection_flags (flag_id),
    entity_id    VARCHAR(1024) NOT NULL,
    requested_by VARCHAR(200)  NOT NULL,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    reason       VARCHAR(10000) NOT NULL
);

CREATE INDEX protection_lift_requests_entity ON protection_lift_requests (entity_id);

-- Cross-owner judgements waiting for their owners' consent. A row here has no effect on identities until
-- status is APPLIED, when the judgement is also in resolution_judgements; one REFUSED answer closes it.
CREATE TABLE pending_judgements (
    pending_id         VARCHAR(200)  NOT NULL PRIMARY KEY,
    left_id            VARCHAR(1024) NOT NULL,
    right_id           VARCHAR(1024) NOT NULL,
    verdict            VARCHAR(16)   NOT NULL,
    judged_by          VARCHAR(200)  NOT NULL,
    judge_organisation VARCHAR(128)  NOT NULL,
    judged_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    score              DOUBLE PRECISION,
    reason             VARCHAR(2000),
    status             VARCHAR(16)   NOT NULL,
    CONSTRAINT pending_judgements_verdict CHECK (verdict IN ('MATCH', 'NO_MATCH', 'UNSURE')),
    CONSTRAINT pending_judgements_status CHECK (status IN ('PENDING', 'APPLIED', 'REFUSED'))
);

CREATE INDEX pending_judgements_judge ON pending_judgements (judge_organisation, judged_at);
CREATE INDEX pending_judgements_status ON pending_judgements (status);

-- One row per owner whose consent a pending judgement needs; answered is NULL until it answers.
CREATE TABLE pending_judgement_owners (
    pending_id   VARCHAR(200) NOT NULL REFERENCES pending_judgements (pending_id),
    organisation VARCHAR(128) NOT NULL,
    consented    BOOLEAN,
    answered_by  VARCHAR(200),
    answered_at  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (pending_id, organisation)
);

CREATE INDEX pending_judgement_owners_organisation ON pending_judgement_owners (organisation, pending_id);
