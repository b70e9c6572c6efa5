-- 0008: the version of an organisatie's structure (eenheden, lijnen, functies, bezetting).
-- Formatie and the bezetting side of capacity are expensive aggregates cached in the server process.
-- They were keyed on the organisatie's latest audit volgnummer, so every write (answering a claim,
-- adding an agendapunt) invalidated them. They only depend on these four tables: a statement-level
-- trigger on each raises the organisatie's structuurversie in the same transaction, so an unchanged
-- number means an unchanged structure.
create table structuurversie (
  organisatie_id uuid primary key references organisatie (id),
  versie         bigint not null
);

-- Lock order: every write transaction also inserts audit events, whose chain trigger holds a global
-- advisory lock until commit (0005). Taking that same lock first, before the structuurversie row lock,
-- keeps the order of the two locks the same in every transaction, so they cannot deadlock. It also
-- means versions are raised in commit order: a reader never sees version n+1 without its data.
create function structuurversie_ophogen() returns trigger language plpgsql security definer set search_path = public as $$
begin
  perform pg_advisory_xact_lock(hashtext('koers.audit_event.keten'));
  if tg_op = 'DELETE' then
    insert into structuurversie (organisatie_id, versie) select distinct organisatie_id, 1 from oud
      on conflict (organisatie_id) do update set versie = structuurversie.versie + 1;
  else
    insert into structuurversie (organisatie_id, versie) select distinct organisatie_id, 1 from nieuw
      on conflict (organisatie_id) do update set versie = structuurversie.versie + 1;
  end if;
  return null;
end $$;

do $$
declare
  t text;
begin
  foreach t in array array['eenheid_versie', 'functie_versie', 'lijn', 'bezetting'] loop
    execute format('create trigger %I after insert on %I referencing new table as nieuw for each statement execute function structuurversie_ophogen()', t || '_structuur_ins', t);
    execute format('create trigger %I after update on %I referencing old table as oud new table as nieuw for each statement execute function structuurversie_ophogen()', t || '_structuur_upd', t);
    execute format('create trigger %I after delete on %I referencing old table as oud for each statement execute function structuurversie_ophogen()', t || '_structuur_del', t);
  end loop;
end $$;

grant select on structuurversie to koers_gebruiker;
grant execute on all functions in schema public to koers_gebruiker;
alter table structuurversie enable row level security;
create policy organisatie_grens on structuurversie using (organisatie_id = any ((select koers_zichtbaar())::uuid[]));
