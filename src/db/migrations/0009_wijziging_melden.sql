-- 0009: tell other server processes that data they may hold in memory changed (issue 2, API throughput).
-- Koers keeps a read cache in the server process (src/db/lees-cache.ts): who a token or session belongs
-- to, and the answers of the most-read organisation routes. The process forgets it after each of its
-- own writes. A write by another process (the CLI importing on the same PostgreSQL server, a second
-- server) reaches it as a NOTIFY on channel koers_wijziging, which PostgreSQL delivers after commit and
-- only if the transaction commits. Statement-level triggers, so a bulk write sends one notice; equal
-- notices in one transaction are folded into one.
create function wijziging_melden() returns trigger language plpgsql as $$
begin
  perform pg_notify('koers_wijziging', tg_table_name);
  return null;
end $$;

do $$
declare
  t text;
begin
  -- The organisation model (eenheid answers, rights derived from functies and bezetting) and the mandates.
  foreach t in array array['organisatie', 'eenheid', 'eenheid_versie', 'functie', 'functie_versie', 'lijn', 'persoon',
                           'bezetting', 'roltype', 'mandaat', 'samenwerkingsafspraak'] loop
    execute format('create trigger %I after insert or update or delete or truncate on %I for each statement execute function wijziging_melden()', t || '_melden', t);
  end loop;
end $$;

-- Who a credential belongs to. A new token, session or account changes nothing cached (only known ones
-- are), and the bookkeeping columns (laatst_gebruikt_op, laatst_ingelogd_op) are not read from the cache.
create trigger api_token_melden after update of organisatie_id, token_hash, handelingen, verloopt_op, ingetrokken_op or delete or truncate
  on api_token for each statement execute function wijziging_melden();
create trigger sessie_melden after update or delete or truncate on sessie for each statement execute function wijziging_melden();
create trigger account_melden after update of organisatie_id, persoon_id, email, platform_beheerder, actief or delete or truncate
  on account for each statement execute function wijziging_melden();
grant execute on function wijziging_melden() to koers_gebruiker;
