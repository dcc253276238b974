import GRDB

/// The store's schema, as an ordered list of migrations. A migration, once released, is never
/// edited: changes come as new migrations.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: intake, events, references, outbox") { db in
            try db.execute(sql: """
                CREATE TABLE intake_item (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    channel TEXT NOT NULL,
                    source_key TEXT NOT NULL UNIQUE,
                    source TEXT NOT NULL,
                    original_sha256 TEXT NOT NULL,
                    original_size INTEGER NOT NULL,
                    original_complete BOOLEAN NOT NULL DEFAULT 1,
                    received_at DATETIME NOT NULL,
                    status TEXT NOT NULL,
                    message_id TEXT,
                    subject TEXT,
                    sender TEXT,
                    sender_name TEXT,
                    reply_to TEXT,
                    sent_at DATETIME,
                    in_reply_to TEXT,
                    reference_ids TEXT,
                    extraction_sha256 TEXT,
                    text_sha256 TEXT,
                    text_source TEXT,
                    content_fingerprint TEXT,
                    defects TEXT,
                    kind TEXT,
                    formal_type TEXT,
                    service_area TEXT,
                    language TEXT,
                    sensitive BOOLEAN,
                    sensitive_reasons TEXT,
                    explanation TEXT,
                    duplicate_of INTEGER REFERENCES intake_item(id),
                    followup_of INTEGER REFERENCES intake_item(id),
                    needs_review BOOLEAN NOT NULL DEFAULT 0,
                    review_reason TEXT,
                    reference TEXT UNIQUE,
                    destination TEXT,
                    reason TEXT,
                    fields TEXT,
                    updated_at DATETIME NOT NULL
                );
                CREATE INDEX intake_item_status ON intake_item(status, id);
                CREATE INDEX intake_item_message_id ON intake_item(message_id);
                CREATE INDEX intake_item_original ON intake_item(original_sha256);
                CREATE INDEX intake_item_sender_fingerprint ON intake_item(sender, content_fingerprint);

                CREATE TABLE attachment (
                    item_id INTEGER NOT NULL REFERENCES intake_item(id),
                    ordinal INTEGER NOT NULL,
                    file_name TEXT NOT NULL,
                    declared_file_name TEXT,
                    content_type TEXT NOT NULL,
                    content_id TEXT,
                    is_inline BOOLEAN NOT NULL,
                    size INTEGER NOT NULL,
                    sha256 TEXT NOT NULL,
                    PRIMARY KEY (item_id, ordinal)
                );

                -- The event log: every state change of every item, with its time and reason.
                CREATE TABLE item_event (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    item_id INTEGER NOT NULL REFERENCES intake_item(id),
                    at DATETIME NOT NULL,
                    step TEXT NOT NULL,
                    from_status TEXT,
                    to_status TEXT NOT NULL,
                    reason TEXT NOT NULL,
                    details TEXT
                );
                CREATE INDEX item_event_item ON item_event(item_id, id);
                CREATE TRIGGER item_event_no_update BEFORE UPDATE ON item_event
                    BEGIN SELECT RAISE(ABORT, 'item_event is append-only'); END;
                CREATE TRIGGER item_event_no_delete BEFORE DELETE ON item_event
                    BEGIN SELECT RAISE(ABORT, 'item_event is append-only'); END;

                -- Reference numbers: one gap-free sequence per year; a number is never reused.
                CREATE TABLE reference_sequence (
                    year INTEGER PRIMARY KEY,
                    last_value INTEGER NOT NULL CHECK (last_value >= 0)
                );
                CREATE TABLE reference_number (
                    reference TEXT PRIMARY KEY,
                    item_id INTEGER NOT NULL UNIQUE REFERENCES intake_item(id),
                    year INTEGER NOT NULL,
                    sequence INTEGER NOT NULL,
                    allocated_at DATETIME NOT NULL,
                    UNIQUE (year, sequence)
                );
                CREATE TRIGGER reference_number_no_update BEFORE UPDATE ON reference_number
                    BEGIN SELECT RAISE(ABORT, 'reference numbers are never changed'); END;
                CREATE TRIGGER reference_number_no_delete BEFORE DELETE ON reference_number
                    BEGIN SELECT RAISE(ABORT, 'reference numbers are never deleted or reused'); END;

                -- One row per outside effect, delivered by the outbox worker.
                CREATE TABLE outbox (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    item_id INTEGER NOT NULL REFERENCES intake_item(id),
                    effect TEXT NOT NULL,
                    idempotency_key TEXT NOT NULL UNIQUE,
                    priority INTEGER NOT NULL DEFAULT 0,
                    status TEXT NOT NULL,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    next_attempt_at DATETIME NOT NULL,
                    last_error TEXT,
                    result TEXT,
                    created_at DATETIME NOT NULL,
                    updated_at DATETIME NOT NULL
                );
                CREATE INDEX outbox_due ON outbox(status, priority DESC, next_attempt_at, id);
                CREATE TABLE outbox_attempt (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    outbox_id INTEGER NOT NULL REFERENCES outbox(id),
                    at DATETIME NOT NULL,
                    outcome TEXT NOT NULL,
                    detail TEXT
                );
                """)
        }
        migrator.registerMigration("v2: IMAP folders and the messages taken from them") { db in
            try db.execute(sql: """
                -- Per mailbox folder: its UIDVALIDITY and the UID below which every message is handled.
                CREATE TABLE mail_folder (
                    mailbox TEXT NOT NULL,
                    folder TEXT NOT NULL,
                    uidvalidity INTEGER NOT NULL,
                    next_uid INTEGER NOT NULL,
                    updated_at DATETIME NOT NULL,
                    PRIMARY KEY (mailbox, folder)
                );
                -- Every message taken from a folder, and whether the server has been told.
                CREATE TABLE mail_message (
                    mailbox TEXT NOT NULL,
                    folder TEXT NOT NULL,
                    uidvalidity INTEGER NOT NULL,
                    uid INTEGER NOT NULL,
                    item_id INTEGER NOT NULL REFERENCES intake_item(id),
                    outcome TEXT NOT NULL CHECK (outcome IN ('captured', 'duplicate')),
                    state TEXT NOT NULL CHECK (state IN ('pending', 'acknowledged', 'abandoned')),
                    captured_at DATETIME NOT NULL,
                    acknowledged_at DATETIME,
                    PRIMARY KEY (mailbox, folder, uidvalidity, uid)
                );
                CREATE INDEX mail_message_state ON mail_message(mailbox, folder, state);
                CREATE INDEX mail_message_item ON mail_message(item_id);
                -- Message-ID plus the digest of the body: the same message however it was delivered.
                ALTER TABLE intake_item ADD COLUMN content_key TEXT;
                CREATE INDEX intake_item_content_key ON intake_item(content_key);
                """)
        }
        migrator.registerMigration("v3: small originals stored inside the database") { db in
            try db.execute(sql: """
                -- Content-addressed like the blob files: an original up to the inline limit is written
                -- in the same transaction as its item (one commit for a whole IMAP batch).
                CREATE TABLE blob_data (
                    id INTEGER PRIMARY KEY,
                    sha256 TEXT NOT NULL UNIQUE,
                    size INTEGER NOT NULL,
                    data BLOB NOT NULL
                );
                """)
        }
        migrator.registerMigration("v4: decisions' confidence, link kinds and the near-duplicate index") { db in
            try db.execute(sql: """
                ALTER TABLE intake_item ADD COLUMN kind_confidence REAL;
                ALTER TABLE intake_item ADD COLUMN service_area_confidence REAL;
                -- exact, near, or followup (what duplicate_of / followup_of mean for this item).
                ALTER TABLE intake_item ADD COLUMN link_type TEXT;
                -- One MinHash signature per item with enough text; its 16 band keys index it, so
                -- a look-up reads only the items that share a band (flat as the store grows).
                CREATE TABLE near_signature (
                    item_id INTEGER PRIMARY KEY REFERENCES intake_item(id),
                    sender TEXT,
                    received_at DATETIME NOT NULL,
                    signature BLOB NOT NULL
                );
                CREATE TABLE near_band (
                    band_key INTEGER NOT NULL,
                    item_id INTEGER NOT NULL REFERENCES intake_item(id),
                    PRIMARY KEY (band_key, item_id)
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v5: case-register progress, case numbers and outbox leases") { db in
            try db.execute(sql: """
                -- What the case register answered: its case number (mappeID) and registry id
                -- (registreringsID), shown by export; never invented by Postmottak.
                ALTER TABLE intake_item ADD COLUMN case_number TEXT;
                ALTER TABLE intake_item ADD COLUMN registry_id TEXT;
                -- One row per step of a case-register delivery (the case file, the registry entry,
                -- the sender, each document and its file). 'sent' is written before the request,
                -- 'created' with the object's address after it; after a crash a 'sent' step is
                -- looked up in the register before it is created again.
                CREATE TABLE case_register_step (
                    item_id INTEGER NOT NULL REFERENCES intake_item(id),
                    step TEXT NOT NULL,
                    state TEXT NOT NULL CHECK (state IN ('sent', 'created')),
                    href TEXT,
                    system_id TEXT,
                    identifier TEXT,
                    updated_at DATETIME NOT NULL,
                    PRIMARY KEY (item_id, step)
                ) WITHOUT ROWID;
                -- A worker that takes an entry holds it until lease_until, so two workers (or a
                -- command beside the service) never deliver it at the same time. lease_owner
                -- (host/pid/run) lets a worker on the same host release the leases of a process
                -- that died at once; elsewhere a dead worker's lease simply runs out.
                ALTER TABLE outbox ADD COLUMN lease_until DATETIME;
                ALTER TABLE outbox ADD COLUMN lease_owner TEXT;
                """)
        }
        migrator.registerMigration("v6: the crash fuse and missed IMAP fetches") { db in
            try db.execute(sql: """
                -- One row while a pipeline step works on an item: written (and committed) before
                -- the step starts, carried on by the step's transition, removed when the step
                -- fails with an error. A row left behind means the process died in the step;
                -- after max_unfinished_steps confirmed crashes (or two more stops of any kind)
                -- at one status the item is quarantined instead of tried again.
                -- crashes counts the deaths the crash journal confirms (a fault in this step on
                -- this item, with its signal); the other stops (SIGKILL, power loss) only count
                -- in unfinished.
                CREATE TABLE step_attempt (
                    item_id INTEGER PRIMARY KEY REFERENCES intake_item(id),
                    status TEXT NOT NULL,
                    step TEXT NOT NULL,
                    unfinished INTEGER NOT NULL,
                    crashes INTEGER NOT NULL DEFAULT 0,
                    signal INTEGER,
                    started_at DATETIME NOT NULL,
                    owner TEXT
                );
                -- Why an item waits for a person (or that one has looked), as a value: no decision
                -- reads the review reason's text. Filled in for items reviewed before.
                ALTER TABLE intake_item ADD COLUMN review_state TEXT;
                UPDATE intake_item SET review_state = 'checked_by_person' WHERE review_reason LIKE 'checked by a person%';
                UPDATE intake_item SET review_state = 'unsure_classification' WHERE needs_review AND review_reason LIKE 'classification below %';
                UPDATE intake_item SET review_state = 'card_fields' WHERE needs_review AND review_reason LIKE 'fields to check:%';
                UPDATE intake_item SET review_state = 'stranger_reference' WHERE needs_review AND review_reason LIKE 'quotes reference %';
                -- A message the server listed but sent no bytes for, per poll: after three such
                -- polls it is set aside by its UID (the count survives restarts and cron runs).
                CREATE TABLE mail_fetch_miss (
                    mailbox TEXT NOT NULL,
                    folder TEXT NOT NULL,
                    uidvalidity INTEGER NOT NULL,
                    uid INTEGER NOT NULL,
                    misses INTEGER NOT NULL,
                    updated_at DATETIME NOT NULL,
                    PRIMARY KEY (mailbox, folder, uidvalidity, uid)
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v7: typed list and map columns are never NULL") { db in
            for column in ["in_reply_to", "reference_ids", "defects", "sensitive_reasons", "explanation"] {
                try db.execute(sql: "UPDATE intake_item SET \(column) = '[]' WHERE \(column) IS NULL")
            }
            try db.execute(sql: "UPDATE intake_item SET fields = '{}' WHERE fields IS NULL")
        }
        migrator.registerMigration("v8: workbench accounts, sessions, the audit log and who acted") { db in
            try db.execute(sql: """
                CREATE TABLE account (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    name TEXT NOT NULL UNIQUE,
                    role TEXT NOT NULL,
                    password_hash TEXT,
                    disabled INTEGER NOT NULL DEFAULT 0,
                    created_at DATETIME NOT NULL,
                    updated_at DATETIME NOT NULL
                );
                CREATE TABLE web_session (
                    token_hash TEXT PRIMARY KEY,
                    account_id INTEGER NOT NULL REFERENCES account(id),
                    csrf_token TEXT NOT NULL,
                    created_at DATETIME NOT NULL,
                    expires_at DATETIME NOT NULL,
                    last_seen_at DATETIME NOT NULL
                ) WITHOUT ROWID;
                CREATE INDEX web_session_account ON web_session(account_id);
                -- Failed sign-ins, for rate limiting by name and by address (kept a day).
                CREATE TABLE login_failure (
                    name TEXT NOT NULL,
                    address TEXT NOT NULL,
                    at DATETIME NOT NULL
                );
                CREATE INDEX login_failure_name ON login_failure(name, at);
                CREATE INDEX login_failure_address ON login_failure(address, at);
                CREATE TABLE audit_event (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    at DATETIME NOT NULL,
                    actor TEXT NOT NULL,
                    action TEXT NOT NULL,
                    target TEXT,
                    detail TEXT
                );
                -- The person who made an item's change (nil: the machine).
                ALTER TABLE item_event ADD COLUMN actor TEXT;
                """)
        }
        migrator.registerMigration("v9: the full-text index of the items' texts") { db in
            // Folded for case and diacritics ("hamtats" finds "hämtats"); rowid is the item's id.
            // Filled by the extract step; a store made before it is filled on open.
            try db.execute(sql: """
                CREATE VIRTUAL TABLE item_text USING fts5(subject, sender, body, tokenize = 'unicode61 remove_diacritics 2');
                """)
        }
        migrator.registerMigration("v10: accounts of the identity provider and sign-ins under way") { db in
            try db.execute(sql: """
                ALTER TABLE account ADD COLUMN external_id TEXT;
                CREATE UNIQUE INDEX account_external_id ON account(external_id) WHERE external_id IS NOT NULL;
                -- A sign-in sent to the identity provider and not yet back (kept ten minutes, used once).
                CREATE TABLE openid_login (
                    state_hash TEXT PRIMARY KEY,
                    nonce TEXT NOT NULL,
                    verifier TEXT NOT NULL,
                    next TEXT NOT NULL,
                    created_at DATETIME NOT NULL
                ) WITHOUT ROWID;
                """)
        }
        return migrator
    }
}
