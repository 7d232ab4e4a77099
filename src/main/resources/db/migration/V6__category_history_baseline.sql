-- The seeded categories get a first revision, so that the history of deficits and practices can show their categories.
INSERT INTO revinfo (changed_at, username) VALUES (0, 'system');
INSERT INTO category_aud (code, rev, revtype, name, name_en, parent_code, sort_order, version, created_at, created_by,
                          updated_at, updated_by)
SELECT code, (SELECT max(id) FROM revinfo WHERE username = 'system' AND changed_at = 0), 0, name, name_en, parent_code,
       sort_order, version, created_at, created_by, updated_at, updated_by
FROM category;
