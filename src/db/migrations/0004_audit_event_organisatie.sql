-- The latest audit event of an organisatie is its data version: every write records one in the same
-- transaction (ENGINEERING.md 8), so "nothing changed" is one index lookup. Used to keep cached
-- aggregates (formatie vs bezetting) exact, and by the history views of later modules.
create index audit_event_organisatie on audit_event (organisatie_id, volgnummer);
