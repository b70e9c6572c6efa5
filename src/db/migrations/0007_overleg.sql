-- Overleg en besluitvorming (issue 6): governing bodies as data, their meetings with agenda, votes
-- and decisions, the route of a voorstel as one dossier, OR-verzoeken, notifications and calendar
-- feeds. Seed 004 "Structurele overleggen" and "Route van een voorstel"; WOR art. 25 and 27.

-- An overleg: MT, DT, PHO, college, raad, OR, … Its members are derived from the organisation: the
-- holders of functies with a roltype (or one named functie) on the day of a meeting.
create table overleg (
  id              uuid primary key default gen_random_uuid(),
  organisatie_id  uuid not null references organisatie (id),
  naam            text not null,
  soort           text not null check (soort in ('mt', 'dt', 'pho', 'strategisch_pho', 'college', 'voorbereidende_raad', 'besluitvormende_raad', 'or', 'overig')),
  modus           text not null check (modus in ('adviserend', 'besluitvormend')),
  besluitregel    text not null default 'meerderheid' check (besluitregel in ('meerderheid', 'meerderheid_voorzitter_beslist')),
  quorum          integer check (quorum >= 1),          -- members present at least; null = no quorum
  rrule           text,                                 -- RFC 5545 RRULE of its cadence; null = only ad hoc
  eerste_begin    timestamptz,                          -- DTSTART of the cadence
  duur_minuten    integer not null default 120 check (duur_minuten > 0),
  tijdzone        text not null default 'Europe/Amsterdam',
  locatie         text,
  openbaar        boolean not null default false,       -- raad meetings are public (Gemeentewet art. 23)
  portefeuille_id uuid references portefeuille (id),    -- a PHO belongs to a portefeuille
  geldig_van      date not null,
  geldig_tot      date,
  check (geldig_tot is null or geldig_tot > geldig_van),
  check ((rrule is null) = (eerste_begin is null))
);
create index overleg_organisatie on overleg (organisatie_id);

create table overleg_samenstelling (
  id             uuid primary key default gen_random_uuid(),
  organisatie_id uuid not null references organisatie (id),
  overleg_id     uuid not null references overleg (id),
  rol            text not null check (rol in ('voorzitter', 'lid', 'adviseur')),
  roltype_code   text,
  functie_id     uuid references functie (id),
  check ((roltype_code is null) <> (functie_id is null))
);
create index overleg_samenstelling_overleg on overleg_samenstelling (overleg_id);

create table vergadering (
  id             uuid primary key default gen_random_uuid(),
  organisatie_id uuid not null references organisatie (id),
  overleg_id     uuid not null references overleg (id),
  begin          timestamptz not null,
  eind           timestamptz not null,
  locatie        text,
  bron           text not null check (bron in ('cadans', 'adhoc')),
  status         text not null default 'gepland' check (status in ('gepland', 'agenda_gepubliceerd', 'geopend', 'gesloten', 'geannuleerd')),
  notulen        text,
  aangemaakt_op  timestamptz not null default now(),
  check (eind > begin)
);
create unique index vergadering_cadans on vergadering (overleg_id, begin) where bron = 'cadans';
create index vergadering_organisatie on vergadering (organisatie_id, begin);

-- A voorstel and its route (seed 004): one dossier from concept to besluit.
create table voorstel (
  id                   uuid primary key default gen_random_uuid(),
  organisatie_id       uuid not null references organisatie (id),
  titel                text not null,
  soort                text not null check (soort in ('collegevoorstel', 'raadsvoorstel', 'dt_voorstel')),
  opsteller_persoon_id uuid not null references persoon (id),
  eenheid_id           uuid not null references eenheid (id),   -- the opsteller's team: its teammanager approves
  portefeuille_id      uuid references portefeuille (id),       -- the portefeuillehouder
  status               text not null default 'concept' check (status in (
                         'concept', 'ter_goedkeuring', 'goedgekeurd', 'pho', 'college', 'voorbereidende_raad',
                         'besluitvormende_raad', 'besloten', 'teruggetrokken')),
  uitkomst             text check (uitkomst in ('aangenomen', 'geamendeerd_aangenomen', 'verworpen', 'aangehouden')),
  aangemaakt_op        timestamptz not null default now(),
  gewijzigd_op         timestamptz not null default now()
);
create index voorstel_organisatie on voorstel (organisatie_id, status);

create table voorstel_versie (
  id             uuid primary key default gen_random_uuid(),
  organisatie_id uuid not null references organisatie (id),
  voorstel_id    uuid not null references voorstel (id),
  versie         integer not null,
  tekst          text not null,
  auteur         text not null,
  aangemaakt_op  timestamptz not null default now(),
  unique (voorstel_id, versie)
);

create table voorstel_stap (
  id                  uuid primary key default gen_random_uuid(),
  organisatie_id      uuid not null references organisatie (id),
  voorstel_id         uuid not null references voorstel (id),
  stap                text not null,          -- the status the voorstel reached
  handeling           text not null,          -- indienen, goedkeuren, terugsturen, agenderen, besluiten, terugtrekken
  eigenaar_functie_id uuid references functie (id),
  uitkomst            text,
  opmerking           text,
  actor               text not null,
  tijdstip            timestamptz not null default now()
);
create index voorstel_stap_voorstel on voorstel_stap (voorstel_id, tijdstip);

create table agendapunt (
  id             uuid primary key default gen_random_uuid(),
  organisatie_id uuid not null references organisatie (id),
  vergadering_id uuid not null references vergadering (id),
  volgorde       integer not null,
  titel          text not null,
  soort          text not null check (soort in ('informatie', 'bespreking', 'besluitvorming')),
  voorstel_id    uuid references voorstel (id),
  toelichting    text,
  informanten    uuid[] not null default '{}',      -- persons the chair invites for this item (seed 004)
  documenten     jsonb not null default '[]',       -- [{titel, url}]: the stukken for this item
  status         text not null default 'open' check (status in ('open', 'besloten', 'geen_besluit')),
  besluit        text,
  uitkomst       text check (uitkomst in ('aangenomen', 'geamendeerd_aangenomen', 'verworpen', 'aangehouden')),
  stemmen_voor   integer,
  stemmen_tegen  integer,
  onthoudingen   integer,
  doorslag_voorzitter boolean not null default false,
  besloten_op    timestamptz
);
create index agendapunt_vergadering on agendapunt (vergadering_id, volgorde);

create table aanwezigheid (
  id                   uuid primary key default gen_random_uuid(),
  organisatie_id       uuid not null references organisatie (id),
  vergadering_id       uuid not null references vergadering (id),
  persoon_id           uuid not null references persoon (id),
  aanwezig             boolean not null,
  vervanger_persoon_id uuid references persoon (id),
  unique (vergadering_id, persoon_id)
);

create table stem (
  id             uuid primary key default gen_random_uuid(),
  organisatie_id uuid not null references organisatie (id),
  agendapunt_id  uuid not null references agendapunt (id),
  persoon_id     uuid not null references persoon (id),
  keuze          text not null check (keuze in ('voor', 'tegen', 'onthouding')),
  unique (agendapunt_id, persoon_id)
);

-- Decided items are read-only and a closed meeting takes no new items: enforced by the database,
-- whatever writes (known defects in peer systems).
create function agendapunt_besloten_alleen_lezen() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and old.status <> 'open' then
    raise exception 'Agendapunt % is besloten en kan niet meer worden gewijzigd', old.id using errcode = '23514';
  end if;
  if tg_op = 'INSERT' and (select status from vergadering where id = new.vergadering_id) in ('gesloten', 'geannuleerd') then
    raise exception 'Vergadering % is gesloten: er kunnen geen agendapunten bij', new.vergadering_id using errcode = '23514';
  end if;
  return new;
end $$;
create trigger agendapunt_alleen_lezen before insert or update on agendapunt
  for each row execute function agendapunt_besloten_alleen_lezen();

create function stem_alleen_open() returns trigger language plpgsql as $$
begin
  if (select status from agendapunt where id = new.agendapunt_id) <> 'open' then
    raise exception 'Over agendapunt % is al besloten', new.agendapunt_id using errcode = '23514';
  end if;
  return new;
end $$;
create trigger stem_alleen_open before insert or update on stem for each row execute function stem_alleen_open();

-- OR-verzoek: advies (WOR art. 25), instemming (art. 27) or informatie.
create table or_verzoek (
  id               uuid primary key default gen_random_uuid(),
  organisatie_id   uuid not null references organisatie (id),
  soort            text not null check (soort in ('advies', 'instemming', 'informatie')),
  wor_grondslag    text,                  -- e.g. 'art. 25 lid 1e'
  onderwerp        text not null,
  toelichting      text,
  wijziging_id     uuid references wijziging (id),
  status           text not null default 'ingediend' check (status in ('ingediend', 'beantwoord', 'besloten', 'ingetrokken')),
  ingediend_op     date not null,
  termijn          date not null,
  or_standpunt     text check (or_standpunt in ('positief', 'negatief', 'voorwaardelijk', 'instemming', 'geen_instemming')),
  or_antwoord      text,
  beantwoord_op    date,
  besluit          text,
  afwijkend        boolean,
  motivering       text,
  besloten_op      date,
  check (not coalesce(afwijkend, false) or motivering is not null)
);
create index or_verzoek_organisatie on or_verzoek (organisatie_id, status);

-- Per organisatie: whether a wijziging that changes the organisation (WOR art. 25 lid 1e) waits for
-- the OR's advice before it may be vastgesteld.
create table organisatie_instelling (
  organisatie_id          uuid primary key references organisatie (id),
  wijziging_wacht_op_or   boolean not null default false
);

create table notificatie (
  id             uuid primary key default gen_random_uuid(),
  organisatie_id uuid not null references organisatie (id),
  persoon_id     uuid not null references persoon (id),
  soort          text not null,
  titel          text not null,
  link           text,
  object_type    text,
  object_id      uuid,
  aangemaakt_op  timestamptz not null default now(),
  gelezen_op     timestamptz,
  gemaild_op     timestamptz
);
create index notificatie_persoon on notificatie (persoon_id, gelezen_op);

-- Secret, revocable calendar feed URLs (per overleg or per persoon); only the hash is kept.
create table agenda_feed (
  id             uuid primary key default gen_random_uuid(),
  organisatie_id uuid not null references organisatie (id),
  persoon_id     uuid references persoon (id),
  overleg_id     uuid references overleg (id),
  token_hash     text not null unique,
  aangemaakt_door text not null,
  aangemaakt_op  timestamptz not null default now(),
  ingetrokken_op timestamptz,
  check ((persoon_id is null) <> (overleg_id is null))
);

grant select, insert, update on overleg, overleg_samenstelling, vergadering, voorstel, voorstel_versie, agendapunt, aanwezigheid, stem,
  or_verzoek, organisatie_instelling, notificatie, agenda_feed to koers_gebruiker;
grant select, insert on voorstel_stap to koers_gebruiker;
grant execute on all functions in schema public to koers_gebruiker;
do $$
declare
  t text;
begin
  foreach t in array array['overleg', 'overleg_samenstelling', 'vergadering', 'voorstel', 'voorstel_versie', 'voorstel_stap', 'agendapunt',
    'aanwezigheid', 'stem', 'or_verzoek', 'organisatie_instelling', 'notificatie', 'agenda_feed'] loop
    execute format('alter table %I enable row level security', t);
    execute format('create policy organisatie_grens on %I using (organisatie_id = any ((select koers_zichtbaar())::uuid[])) with check (organisatie_id = any ((select koers_zichtbaar())::uuid[]))', t);
  end loop;
end $$;
