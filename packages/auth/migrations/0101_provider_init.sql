-- The OpenID provider's tables (@cydran/auth/provider). Names start with
-- provider_ so they sit beside the forms' and the relying party's tables in
-- one database.

-- oidc-provider's models (sessions, grants, codes, tokens, interactions…),
-- one row per model instance, as its adapter interface asks.
CREATE TABLE IF NOT EXISTS provider_models (
  model text NOT NULL,
  id text NOT NULL,
  payload jsonb NOT NULL,
  grant_id text,
  user_code text,
  uid text,
  expires_at timestamptz,
  consumed_at timestamptz,
  PRIMARY KEY (model, id)
);
CREATE INDEX IF NOT EXISTS provider_models_grant_id ON provider_models (grant_id);
CREATE INDEX IF NOT EXISTS provider_models_uid ON provider_models (model, uid);
CREATE INDEX IF NOT EXISTS provider_models_user_code ON provider_models (model, user_code);

-- Generated once and kept: the signing keys (private JWKs), cookie keys and
-- the secret that seals authenticator secrets and hashes codes, when the
-- deployment does not give its own.
CREATE TABLE IF NOT EXISTS provider_secrets (
  name text PRIMARY KEY,
  value jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS provider_accounts (
  id uuid PRIMARY KEY,
  email text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  method text NOT NULL CHECK (method IN ('sms', 'totp')),
  phone text,
  totp_secret text,
  totp_last_step bigint,
  locale text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

-- Email and text-message codes: only an HMAC of the code is kept.
CREATE TABLE IF NOT EXISTS provider_codes (
  id uuid PRIMARY KEY,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  purpose text NOT NULL,
  subject text NOT NULL,
  code_hash text NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS provider_codes_subject ON provider_codes (purpose, subject);

-- Counters for lockouts and rate limits, one row per key (an email's wrong
-- passwords, an address's attempts…) and window.
CREATE TABLE IF NOT EXISTS provider_attempts (
  key text PRIMARY KEY,
  count integer NOT NULL,
  window_start timestamptz NOT NULL,
  locked_until timestamptz
);

-- Where each sign-in has got to, by oidc-provider's interaction id.
CREATE TABLE IF NOT EXISTS provider_journeys (
  uid text PRIMARY KEY,
  state jsonb NOT NULL,
  expires_at timestamptz NOT NULL
);

-- What the development notifier "sent", for the outbox page.
CREATE TABLE IF NOT EXISTS provider_outbox (
  id uuid PRIMARY KEY,
  -- The order they were written in, when the clock gives two the same time.
  seq bigint GENERATED ALWAYS AS IDENTITY,
  channel text NOT NULL,
  recipient text NOT NULL,
  template text NOT NULL,
  personalisation jsonb NOT NULL,
  locale text NOT NULL,
  created_at timestamptz NOT NULL
);
