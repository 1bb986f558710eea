-- The relying party's sessions and sign-in attempts (@cydran/auth/server).
-- Both are keyed by the SHA-256 of the cookie's random value, never the
-- value itself: a copy of the database cannot be turned into a signed-in cookie.

CREATE TABLE IF NOT EXISTS auth_sessions (
  id_hash text PRIMARY KEY,
  subject text NOT NULL,
  claims jsonb NOT NULL,
  -- Sent back as id_token_hint when the person signs out at the provider.
  id_token text,
  locale text NOT NULL,
  created_at timestamptz NOT NULL,
  idle_expires_at timestamptz NOT NULL,
  absolute_expires_at timestamptz NOT NULL
);

CREATE INDEX IF NOT EXISTS auth_sessions_idle_expires_at ON auth_sessions (idle_expires_at);

CREATE INDEX IF NOT EXISTS auth_sessions_subject ON auth_sessions (subject);

-- One row per redirect to the provider: what the callback checks (state,
-- nonce, the PKCE verifier) and where the person goes afterwards. Single use.
CREATE TABLE IF NOT EXISTS auth_sign_in_attempts (
  id_hash text PRIMARY KEY,
  state text NOT NULL,
  nonce text NOT NULL,
  code_verifier text NOT NULL,
  return_to text NOT NULL,
  locale text NOT NULL,
  expires_at timestamptz NOT NULL
);

CREATE INDEX IF NOT EXISTS auth_sign_in_attempts_expires_at ON auth_sign_in_attempts (expires_at);

-- The example service links each form submission to the account that sent it.
CREATE TABLE IF NOT EXISTS auth_submission_accounts (
  submission_id text PRIMARY KEY,
  subject text NOT NULL,
  created_at timestamptz NOT NULL
);
