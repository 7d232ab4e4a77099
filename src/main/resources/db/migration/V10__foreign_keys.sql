-- The last references without a foreign key: what closed a deficit (a project or a practice). Deleting a project or
-- a practice that closed a deficit is refused by the services; the keys make the database refuse it too, also when
-- the delete races the closing. A reference to an object already gone is cleared first (none is expected).
UPDATE deficit SET closed_by_project_id = NULL
WHERE closed_by_project_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM project p WHERE p.id = deficit.closed_by_project_id);
UPDATE deficit SET closed_by_practice_id = NULL
WHERE closed_by_practice_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM practice p WHERE p.id = deficit.closed_by_practice_id);

ALTER TABLE deficit ADD CONSTRAINT fk_deficit_closed_by_project
    FOREIGN KEY (closed_by_project_id) REFERENCES project (id);
ALTER TABLE deficit ADD CONSTRAINT fk_deficit_closed_by_practice
    FOREIGN KEY (closed_by_practice_id) REFERENCES practice (id);

-- PostgreSQL does not index a foreign key by itself: a delete of a project or practice looks these up.
CREATE INDEX ix_deficit_closed_by_project ON deficit (closed_by_project_id);
CREATE INDEX ix_deficit_closed_by_practice ON deficit (closed_by_practice_id);
