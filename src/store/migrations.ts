/**
 * Versioned schema migrations, applied in order at start-up; `PRAGMA user_version` records the
 * last one applied. Never edit a released migration: add the next one.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: requests, their documents, acknowledgements, reminders, audit log and notification outbox.
  `
  CREATE TABLE requests (
    id INTEGER PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL CHECK (type IN ('sick-leave', 'absence-professional', 'absence-other')),
    status TEXT NOT NULL CHECK (status IN ('received', 'acknowledged', 'pending', 'approved', 'rejected')),
    submitter_id TEXT NOT NULL,
    submitter_role TEXT NOT NULL,
    student_name TEXT,
    student_email TEXT,
    tutor_email TEXT,
    formation TEXT NOT NULL,
    site TEXT NOT NULL CHECK (site IN ('aix', 'marseille')),
    first_day TEXT NOT NULL,
    last_day TEXT NOT NULL,
    established_on TEXT,
    detail TEXT NOT NULL,
    reason TEXT,
    note TEXT,
    deadline TEXT,
    late INTEGER NOT NULL CHECK (late IN (0, 1)),
    submitted_at TEXT NOT NULL,
    decided_at TEXT,
    decided_by TEXT,
    decision_reason TEXT,
    retention_until TEXT NOT NULL,
    purged_at TEXT
  );
  CREATE INDEX requests_status ON requests (status, submitted_at);
  CREATE INDEX requests_submitter ON requests (submitter_id);
  CREATE TABLE documents (
    request_id INTEGER PRIMARY KEY REFERENCES requests (id),
    sha256 TEXT NOT NULL,
    mime TEXT NOT NULL,
    size INTEGER NOT NULL,
    filename TEXT NOT NULL,
    bytes BLOB
  );
  CREATE TABLE acknowledgements (
    request_id INTEGER NOT NULL REFERENCES requests (id),
    staff_function TEXT NOT NULL,
    user_id TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (request_id, staff_function)
  );
  CREATE TABLE reminders (
    request_id INTEGER NOT NULL REFERENCES requests (id),
    kind TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (request_id, kind)
  );
  CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    actor_role TEXT NOT NULL,
    action TEXT NOT NULL,
    request_id INTEGER REFERENCES requests (id),
    details TEXT NOT NULL
  );
  CREATE TABLE notifications (
    id INTEGER PRIMARY KEY,
    request_id INTEGER REFERENCES requests (id),
    recipient TEXT NOT NULL,
    kind TEXT NOT NULL,
    message TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX notifications_recipient ON notifications (recipient);
  `,
  // 2: delivery of each notification per door (Slack, Discord…), so that each door sends it once.
  `
  CREATE TABLE deliveries (
    notification_id INTEGER NOT NULL REFERENCES notifications (id),
    door TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (notification_id, door)
  );
  `,
  // 3: questions the assistant could not answer (no user identity), and conversation states
  // shared by several processes.
  `
  CREATE TABLE unanswered_questions (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    door TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('fallback', 'clarify')),
    text TEXT NOT NULL,
    candidates TEXT NOT NULL
  );
  CREATE INDEX unanswered_questions_at ON unanswered_questions (at);
  CREATE TABLE conversations (
    id TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    expires_at TEXT NOT NULL
  );
  CREATE INDEX conversations_expiry ON conversations (expires_at);
  `,
  // 4: the notification outbox (claimed with a lease, sent once, failures kept on their row),
  // submissions identified by content too, short-lived door state and leases shared by processes.
  `
  ALTER TABLE requests ADD COLUMN content_hash TEXT;
  CREATE UNIQUE INDEX requests_content ON requests (content_hash);
  ALTER TABLE notifications ADD COLUMN status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'undeliverable'));
  ALTER TABLE notifications ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE notifications ADD COLUMN claimed_until TEXT;
  ALTER TABLE notifications ADD COLUMN next_attempt_at TEXT;
  ALTER TABLE notifications ADD COLUMN last_error TEXT;
  ALTER TABLE notifications ADD COLUMN sent_at TEXT;
  ALTER TABLE notifications ADD COLUMN channel TEXT;
  -- What a door already delivered before the outbox counts as sent (by that door).
  UPDATE notifications
     SET status = 'sent',
         sent_at = (SELECT min(d.at) FROM deliveries d WHERE d.notification_id = notifications.id),
         channel = (SELECT min(d.door) FROM deliveries d WHERE d.notification_id = notifications.id)
   WHERE EXISTS (SELECT 1 FROM deliveries d WHERE d.notification_id = notifications.id);
  DROP TABLE deliveries;
  CREATE INDEX notifications_due ON notifications (status, next_attempt_at, id);
  CREATE INDEX notifications_request ON notifications (request_id);
  CREATE TABLE door_state (
    scope TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    PRIMARY KEY (scope, key)
  );
  CREATE INDEX door_state_expiry ON door_state (expires_at);
  CREATE TABLE leases (
    name TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    until TEXT NOT NULL
  );
  `,
];
