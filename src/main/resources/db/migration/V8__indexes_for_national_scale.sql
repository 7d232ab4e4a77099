-- Indexes for the national scale (docs/benchmark.md): the latest change of each table the influence map is drawn
-- from is read per request (an index answers max(updated_at) without a scan), and lists sort by updated_at by default.
CREATE INDEX ix_project_updated ON project (updated_at);
CREATE INDEX ix_deficit_updated ON deficit (updated_at);
CREATE INDEX ix_practice_updated ON practice (updated_at);
CREATE INDEX ix_portfolio_updated ON portfolio (updated_at);
CREATE INDEX ix_adoption_updated ON practice_adoption (updated_at);
CREATE INDEX ix_influence_link_updated ON influence_link (updated_at);
CREATE INDEX ix_subject_updated ON subject (updated_at);
