-- Revocation is checked against a per-user credential version that every change of password, role, region or
-- status moves in its own transaction; a session is valid only while it carries its user's current version.
ALTER TABLE app_user ADD COLUMN credential_version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE login_session ADD COLUMN credential_version BIGINT DEFAULT 0 NOT NULL;
