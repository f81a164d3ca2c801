-- Portable SQL for H2 (MODE=PostgreSQL) and PostgreSQL: requests for information after a hit ("bekend bij →
-- informatie opvragen"). The request is the requester's record; the answer columns are the addressed partner's.
-- hit_ids holds the addressed partner's own records that hit, separated by newlines, shown only to that partner.
CREATE TABLE information_requests (
    request_id             VARCHAR(200)   NOT NULL PRIMARY KEY,
    requester_organisation VARCHAR(128)   NOT NULL,
    requested_by           VARCHAR(200)   NOT NULL,
    purpose                VARCHAR(128)   NOT NULL,
    subject_id             VARCHAR(1024)  NOT NULL,
    addressed_organisation VARCHAR(128)   NOT NULL,
    hit_ids                VARCHAR(100000) NOT NULL,
    justification          VARCHAR(10000) NOT NULL,
    requested_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    status                 VARCHAR(16)    NOT NULL,
    answered_by            VARCHAR(200),
    answered_at            TIMESTAMP WITH TIME ZONE,
    answer_text            VARCHAR(10000),
    CONSTRAINT information_requests_status CHECK (status IN ('OPEN', 'PROVIDED', 'REFUSED'))
);

CREATE INDEX information_requests_requester ON information_requests (requester_organisation, requested_at);
CREATE INDEX information_requests_addressed ON information_requests (addressed_organisation, status, requested_at);
