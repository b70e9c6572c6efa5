-- Opgavegericht werken (issue 5): opgaven with opdrachtgeverschap, kernteam, partners, doelen with
-- measured indicators, acties, voortgangsrapportages (kept as history), and capaciteitsclaims on
-- eenheden per quarter with the teammanager's answer and the persons committed (seed 004,
-- teammanager 4f; concernmanager 3 and 4b). Nothing is deleted: ending means a status or a date.

create table opgave (
  id                            uuid primary key default gen_random_uuid(),
  organisatie_id                uuid not null references organisatie (id),
  naam                          text not null,
  soort                         text not null check (soort in ('programma', 'project', 'maatschappelijke_opgave')),
  maatschappelijk_doel          text not null,
  domein                        text not null check (domein in ('fysiek', 'sociaal', 'economie', 'bedrijfsvoering')),
  portefeuille_id               uuid references portefeuille (id),      -- bestuurlijk opdrachtgever: its portefeuillehouder
  ambtelijk_opdrachtgever_id    uuid not null references functie (id),
  opgavemanager_id              uuid references functie (id),
  status                        text not null default 'verkenning' check (status in ('verkenning', 'actief', 'afgerond', 'gestopt')),
  prioriteit                    integer check (prioriteit >= 1),       -- set by the concernmanager (seed 004, concernmanager 4b); 1 = first
  startdatum                    date not null,
  einddatum                     date,
  aangemaakt_op                 timestamptz not null default now(),
  gewijzigd_op                  timestamptz not null default now(),
  check (einddatum is null or einddatum > startdatum)
);
create index opgave_organisatie on opgave (organisatie_id, status);

create table opgave_kernteamlid (
  id             uuid primary key default gen_random_uuid(),
  organisatie_id uuid not null references organisatie (id),
  opgave_id      uuid not null references opgave (id),
  persoon_id     uuid not null references persoon (id),
  rol            text not null,
  geldig_van     date not null,
  geldig_tot     date,
  check (geldig_tot is null or geldig_tot > geldig_van)
);
create index opgave_kernteamlid_opgave on opgave_kernteamlid (opgave_id);
create index opgave_kernteamlid_persoon on opgave_kernteamlid (persoon_id);

-- Groningen works with citizens, companies and institutions as partners (seed 002).
create table opgave_partner (
  id                     uuid primary key default gen_random_uuid(),
  organisatie_id         uuid not null references organisatie (id),
  opgave_id              uuid not null references opgave (id),
  naam                   text not null,
  soort                  text not null check (soort in ('burgers', 'bedrijf', 'instelling', 'organisatie')),
  rol                    text
);
create index opgave_partner_opgave on opgave_partner (opgave_id);

-- "Bereiken" (seed 001): a goal with a measurable indicator, its target and its measurements.
create table opgave_doel (
  id             uuid primary key default gen_random_uuid(),
  organisatie_id uuid not null references organisatie (id),
  opgave_id      uuid not null references opgave (id),
  omschrijving   text not null,
  indicator      text not null,
  meeteenheid    text not null,
  nulwaarde      numeric,
  streefwaarde   numeric not null,
  streefdatum    date not null,
  volgorde       integer not null
);
create index opgave_doel_opgave on opgave_doel (opgave_id);

create table opgave_meting (
  id             uuid primary key default gen_random_uuid(),
  organisatie_id uuid not null references organisatie (id),
  doel_id        uuid not null references opgave_doel (id),
  peildatum      date not null,
  waarde         numeric not null,
  toelichting    text,
  aangemaakt_op  timestamptz not null default now()
);
create index opgave_meting_doel on opgave_meting (doel_id, peildatum);

-- "Doen" (seed 001): an action with an owner and a deadline.
create table opgave_actie (
  id                  uuid primary key default gen_random_uuid(),
  organisatie_id      uuid not null references organisatie (id),
  opgave_id           uuid not null references opgave (id),
  omschrijving        text not null,
  eigenaar_functie_id uuid not null references functie (id),
  deadline            date not null,
  status              text not null default 'open' check (status in ('open', 'gereed', 'vervallen')),
  aangemaakt_op       timestamptz not null default now()
);
create index opgave_actie_opgave on opgave_actie (opgave_id);

-- Every report is kept; the latest is the current state.
create table voortgangsrapportage (
  id             uuid primary key default gen_random_uuid(),
  organisatie_id uuid not null references organisatie (id),
  opgave_id      uuid not null references opgave (id),
  periode        text not null,
  oordeel        text not null check (oordeel in ('op_koers', 'risico', 'uit_koers')),
  toelichting    text not null,
  rapporteur     text not null,
  aangemaakt_op  timestamptz not null default now()
);
create index voortgangsrapportage_opgave on voortgangsrapportage (opgave_id, aangemaakt_op);

-- An opgave asks an eenheid for FTE in one quarter; the eenheid's teammanager answers.
create table capaciteitsclaim (
  id              uuid primary key default gen_random_uuid(),
  organisatie_id  uuid not null references organisatie (id),
  opgave_id       uuid not null references opgave (id),
  eenheid_id      uuid not null references eenheid (id),
  kwartaal        text not null check (kwartaal ~ '^[0-9]{4}-Q[1-4]$'),
  fte             numeric(5, 2) not null check (fte > 0),
  profiel         text,
  toelichting     text,
  status          text not null default 'aangevraagd' check (status in ('aangevraagd', 'toegekend', 'deels', 'afgewezen', 'ingetrokken')),
  toegekend_fte   numeric(5, 2) not null default 0 check (toegekend_fte >= 0),
  reden           text,
  beantwoord_door text,
  beantwoord_op   timestamptz,
  aangemaakt_op   timestamptz not null default now(),
  check (toegekend_fte <= fte),
  check (status <> 'deels' or (toegekend_fte > 0 and toegekend_fte < fte)),
  check (status <> 'toegekend' or toegekend_fte = fte),
  check (status not in ('aangevraagd', 'afgewezen', 'ingetrokken') or toegekend_fte = 0),
  check (status <> 'afgewezen' or reden is not null)
);
create index capaciteitsclaim_eenheid on capaciteitsclaim (organisatie_id, eenheid_id, kwartaal);
create index capaciteitsclaim_opgave on capaciteitsclaim (opgave_id);

-- The persons the teammanager commits to a claim. Their FTE never exceeds what was granted.
create table capaciteitstoezegging (
  id             uuid primary key default gen_random_uuid(),
  organisatie_id uuid not null references organisatie (id),
  claim_id       uuid not null references capaciteitsclaim (id),
  persoon_id     uuid not null references persoon (id),
  fte            numeric(4, 2) not null check (fte > 0),
  aangemaakt_op  timestamptz not null default now(),
  vervallen_op   timestamptz                -- a later answer replaced this commitment; kept for history
);
create unique index capaciteitstoezegging_lopend on capaciteitstoezegging (claim_id, persoon_id) where vervallen_op is null;
create index capaciteitstoezegging_persoon on capaciteitstoezegging (persoon_id);

-- Allocations never exceed what the teammanager committed: checked at commit, whatever wrote them.
create function capaciteit_binnen_toekenning() returns trigger language plpgsql as $$
declare
  v_claim uuid := coalesce(new.claim_id, old.claim_id);
begin
  if (select coalesce(sum(t.fte), 0) from capaciteitstoezegging t where t.claim_id = v_claim and t.vervallen_op is null)
     > (select c.toegekend_fte from capaciteitsclaim c where c.id = v_claim) then
    raise exception 'De toegezegde personen (fte) overschrijden de toekenning van capaciteitsclaim %', v_claim
      using errcode = '23514';
  end if;
  return null;
end $$;
create constraint trigger capaciteitstoezegging_binnen_toekenning after insert or update on capaciteitstoezegging
  deferrable initially deferred for each row execute function capaciteit_binnen_toekenning();

create function capaciteitsclaim_binnen_toekenning() returns trigger language plpgsql as $$
begin
  if (select coalesce(sum(t.fte), 0) from capaciteitstoezegging t where t.claim_id = new.id and t.vervallen_op is null) > new.toegekend_fte then
    raise exception 'De toegezegde personen (fte) overschrijden de toekenning van capaciteitsclaim %', new.id
      using errcode = '23514';
  end if;
  return null;
end $$;
create constraint trigger capaciteitsclaim_binnen_toekenning after update on capaciteitsclaim
  deferrable initially deferred for each row execute function capaciteitsclaim_binnen_toekenning();

-- Row-level security and privileges as in 0005: requests see only their organisaties and delete nothing.
grant select, insert, update on opgave, opgave_kernteamlid, opgave_partner, opgave_doel, opgave_meting, opgave_actie,
  capaciteitsclaim, capaciteitstoezegging to koers_gebruiker;
grant select, insert on voortgangsrapportage to koers_gebruiker;
grant execute on all functions in schema public to koers_gebruiker;
do $$
declare
  t text;
begin
  foreach t in array array['opgave', 'opgave_kernteamlid', 'opgave_partner', 'opgave_doel', 'opgave_meting', 'opgave_actie',
    'voortgangsrapportage', 'capaciteitsclaim', 'capaciteitstoezegging'] loop
    execute format('alter table %I enable row level security', t);
    execute format('create policy organisatie_grens on %I using (organisatie_id = any ((select koers_zichtbaar())::uuid[])) with check (organisatie_id = any ((select koers_zichtbaar())::uuid[]))', t);
  end loop;
end $$;
