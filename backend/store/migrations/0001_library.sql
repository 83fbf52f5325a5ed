-- The library: links, their tags, and the snapshots and capture jobs that
-- the capture engine fills in. Times are Unix milliseconds (UTC).

-- AUTOINCREMENT: an id is never reused, so an undo, an event or a
-- snapshot folder named after a deleted link can never hit a new one.
CREATE TABLE links (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    url         TEXT    NOT NULL,          -- as the person gave it
    norm_url    TEXT    NOT NULL UNIQUE,   -- urlnorm form, for duplicates
    domain      TEXT    NOT NULL,
    title       TEXT    NOT NULL DEFAULT '',
    notes       TEXT    NOT NULL DEFAULT '',
    favorite    INTEGER NOT NULL DEFAULT 0,
    archived    INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    -- Set while a deletion can still be undone; such rows are hidden
    -- everywhere and purged once the undo window has passed.
    deleted_at  INTEGER
);
CREATE INDEX links_by_created ON links (created_at DESC, id DESC)
    WHERE deleted_at IS NULL;
CREATE INDEX links_deleted ON links (deleted_at)
    WHERE deleted_at IS NOT NULL;
CREATE INDEX links_by_domain ON links (domain, created_at DESC, id DESC)
    WHERE deleted_at IS NULL;

CREATE TABLE tags (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    name_key    TEXT    NOT NULL UNIQUE,   -- lower case: tags are unique
    color       TEXT    NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL
);

CREATE TABLE link_tags (
    link_id     INTEGER NOT NULL REFERENCES links (id) ON DELETE CASCADE,
    tag_id      INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (link_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX link_tags_by_tag ON link_tags (tag_id, link_id);

-- One row per capture of a link. files is a JSON array of file names in
-- dir, which is relative to the data folder.
CREATE TABLE snapshots (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    link_id      INTEGER NOT NULL REFERENCES links (id) ON DELETE CASCADE,
    status       TEXT    NOT NULL CHECK (status IN
                   ('queued', 'running', 'done', 'partial', 'failed', 'cancelled')),
    reason_code  TEXT    NOT NULL DEFAULT '',
    reason       TEXT    NOT NULL DEFAULT '',
    dir          TEXT    NOT NULL DEFAULT '',
    files        TEXT    NOT NULL DEFAULT '[]',
    final_url    TEXT    NOT NULL DEFAULT '',
    http_status  INTEGER NOT NULL DEFAULT 0,
    title        TEXT    NOT NULL DEFAULT '',
    site_name    TEXT    NOT NULL DEFAULT '',
    favicon      TEXT    NOT NULL DEFAULT '',   -- file name in dir
    bytes        INTEGER NOT NULL DEFAULT 0,
    started_at   INTEGER,
    finished_at  INTEGER,
    created_at   INTEGER NOT NULL
);
CREATE INDEX snapshots_by_link ON snapshots (link_id, created_at DESC);

-- The persistent capture queue: a job survives restarts until it reaches
-- a final state.
CREATE TABLE capture_jobs (
    id           INTEGER PRIMARY KEY,
    link_id      INTEGER NOT NULL REFERENCES links (id) ON DELETE CASCADE,
    snapshot_id  INTEGER REFERENCES snapshots (id) ON DELETE SET NULL,
    status       TEXT    NOT NULL CHECK (status IN
                   ('queued', 'running', 'done', 'failed', 'cancelled')),
    attempts     INTEGER NOT NULL DEFAULT 0,
    next_run_at  INTEGER NOT NULL,
    last_error   TEXT    NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);
CREATE INDEX capture_jobs_ready ON capture_jobs (status, next_run_at, id);
CREATE INDEX capture_jobs_by_link ON capture_jobs (link_id);

-- Full-text search. The trigram tokenizer matches any substring of three
-- or more characters, which is what finds Chinese words: they are not
-- separated by spaces, so a word tokenizer would see whole sentences.
-- body holds the page text of the latest capture.
CREATE VIRTUAL TABLE links_fts USING fts5 (
    title, url, notes, body,
    tokenize = 'trigram'
);

-- Terms of one or two characters are below the trigram size. For them,
-- links_grams holds the same text through cjk_grams() (a function the
-- app registers on every connection, see store/grams.go): Chinese runs
-- cut into two-character pieces, other words whole.
CREATE VIRTUAL TABLE links_grams USING fts5 (
    grams,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER links_fts_insert AFTER INSERT ON links BEGIN
    INSERT INTO links_fts (rowid, title, url, notes, body)
    VALUES (new.id, new.title, new.url, new.notes, '');
    INSERT INTO links_grams (rowid, grams)
    VALUES (new.id, cjk_grams(new.title || ' ' || new.url || ' ' || new.notes));
END;

CREATE TRIGGER links_fts_update AFTER UPDATE OF title, url, notes ON links
BEGIN
    UPDATE links_fts SET title = new.title, url = new.url, notes = new.notes
    WHERE rowid = new.id;
    UPDATE links_grams SET grams = cjk_grams(new.title || ' ' || new.url || ' '
        || new.notes || ' ' || (SELECT body FROM links_fts WHERE rowid = new.id))
    WHERE rowid = new.id;
END;

CREATE TRIGGER links_fts_delete AFTER DELETE ON links BEGIN
    DELETE FROM links_fts WHERE rowid = old.id;
    DELETE FROM links_grams WHERE rowid = old.id;
END;
