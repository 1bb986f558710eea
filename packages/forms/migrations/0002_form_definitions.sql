-- The definitions a server has run, so export and report can label columns
-- from the database alone (a submission names its form id and version).
CREATE TABLE form_definitions (
  form_id text NOT NULL,
  form_version integer NOT NULL,
  definition jsonb NOT NULL,
  saved_at timestamptz NOT NULL,
  PRIMARY KEY (form_id, form_version)
);
