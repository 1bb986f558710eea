-- Forms storage, first version. The same SQL runs on PGlite and PostgreSQL.
-- Timestamps are timestamptz so a server in another time zone reads the same instant.

CREATE TABLE journeys (
  id text PRIMARY KEY,
  form_id text NOT NULL,
  form_version integer NOT NULL,
  locale text NOT NULL,
  answers jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- Values typed on a page that did not pass: never answers, never exported.
  pending jsonb,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  -- Each accepted page moves expires_at on by this many days.
  expires_after_days integer NOT NULL,
  submitted_id text
);
CREATE INDEX journeys_expires_at ON journeys (expires_at);

-- Only a SHA-256 of each token is kept: a copy of the database gives no working links.
CREATE TABLE return_tokens (
  token_hash text PRIMARY KEY,
  journey_id text NOT NULL REFERENCES journeys (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);

-- journey_id is unique so a journey is submitted exactly once, even by two
-- requests at the same moment. No foreign key: the client runner's posts
-- arrive with a journey id the server never stored.
CREATE TABLE submissions (
  id text PRIMARY KEY,
  reference text NOT NULL UNIQUE,
  form_id text NOT NULL,
  form_version integer NOT NULL,
  locale text NOT NULL,
  answers jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  journey_id text NOT NULL UNIQUE
);
CREATE INDEX submissions_form ON submissions (form_id, created_at);

CREATE TABLE files (
  storage_key text PRIMARY KEY,
  sha256 text NOT NULL,
  size integer NOT NULL,
  type text NOT NULL,
  name text NOT NULL,
  bytes bytea NOT NULL,
  created_at timestamptz NOT NULL
);

-- What the development notifier "sent", for the runner's /outbox page.
CREATE TABLE outbox (
  id text PRIMARY KEY,
  "to" text NOT NULL,
  subject text NOT NULL,
  body text NOT NULL,
  locale text NOT NULL,
  created_at timestamptz NOT NULL
);
