-- The organisation model. Every fact that can change is a dated row: geldig_van is inclusive,
-- geldig_tot exclusive (null = open-ended), so the organisation at any peildatum, past or planned,
-- is "the rows whose interval contains the peildatum". Nothing here is ever deleted (Archiefwet):
-- ending something means closing its interval.

create table organisatie (
  id              uuid primary key default gen_random_uuid(),
  naam            text not null,
  soort           text not null check (soort in ('gemeente', 'gemeenschappelijke_regeling', 'overig')),
  organisatiecode text unique,          -- ROO Organisatiecode, e.g. gm0153
  tooi_uri        text unique,          -- https://identifier.overheid.nl/tooi/id/gemeente/gm0153
  cbs_code        text,                 -- CBS gemeentecode, e.g. 0153
  oin             text,                 -- Organisatie-identificatienummer (20 digits)
  kvk             text,                 -- KvK-nummer (8 digits)
  afkorting       text,
  website         text,
  email           text,
  telefoon        text,
  bezoekadres     text,
  postadres       text,
  demo            boolean not null default false,
  geldig_van      date not null,
  geldig_tot      date,
  aangemaakt_op   timestamptz not null default now(),
  gewijzigd_op    timestamptz not null default now(),
  check (geldig_tot is null or geldig_tot > geldig_van)
);

-- A reorganisation change set (wijziging). Its acties are a JSON array validated by the API schema;
-- once vastgesteld they have been applied and the row is read-only.
create table wijziging (
  id              uuid primary key default gen_random_uuid(),
  organisatie_id  uuid not null references organisatie (id),
  titel           text not null,
  toelichting     text,
  ingangsdatum    date not null,
  status          text not null default 'concept' check (status in ('concept', 'vastgesteld', 'ingetrokken')),
  acties          jsonb not null default '[]',
  resultaat       jsonb,                -- the diff as applied, kept for history
  vastgesteld_op  timestamptz,
  aangemaakt_op   timestamptz not null default now(),
  gewijzigd_op    timestamptz not null default now()
);
create index wijziging_organisatie on wijziging (organisatie_id, ingangsdatum);

create table roltype (
  id              uuid primary key default gen_random_uuid(),
  organisatie_id  uuid not null references organisatie (id),
  code            text not null,        -- stable key: gemeentesecretaris, teammanager, wethouder, …
  naam            text not null,
  omschrijving    text,
  categorie       text not null check (categorie in ('ambtelijk', 'bestuurlijk')),
  leidinggevend   boolean not null default false,
  bron            text,                 -- where the taken come from, e.g. 'organisatiebesluit'
  unique (organisatie_id, code)
);

-- One numbered duty of a roltype (seed 004). nummer is as printed: '4', '4g'.
create table taak (
  id              uuid primary key default gen_random_uuid(),
  organisatie_id  uuid not null references organisatie (id),
  roltype_id      uuid not null references roltype (id),
  nummer          text not null,
  volgorde        integer not null,
  tekst           text not null,
  unique (roltype_id, nummer)
);

create table eenheid (
  id              uuid primary key default gen_random_uuid(),
  organisatie_id  uuid not null references organisatie (id),
  aangemaakt_op   timestamptz not null default now()
);

-- What an eenheid is called and what it is, per period. The eenheid exists on a peildatum exactly
-- when one of its versions covers that date.
create table eenheid_versie (
  id              uuid primary key default gen_random_uuid(),
  organisatie_id  uuid not null references organisatie (id),
  eenheid_id      uuid not null references eenheid (id),
  naam            text not null,
  soort           text not null check (soort in (
                    'concerndirectie', 'concernstaf', 'directie', 'domein', 'afdeling', 'team',
                    'uitvoeringsorganisatie', 'programmabureau', 'bestuursorgaan', 'fractie',
                    'griffie', 'overig')),
  afkorting       text,
  omschrijving    text,
  email           text,
  telefoon        text,
  bezoekadres     text,
  postadres       text,
  website         text,
  geldig_van      date not null,
  geldig_tot      date,
  wijziging_id    uuid references wijziging (id),
  check (geldig_tot is null or geldig_tot > geldig_van)
);
create index eenheid_versie_eenheid on eenheid_versie (eenheid_id, geldig_van);
create index eenheid_versie_organisatie on eenheid_versie (organisatie_id, geldig_van);

create table functie (
  id              uuid primary key default gen_random_uuid(),
  organisatie_id  uuid not null references organisatie (id),
  aangemaakt_op   timestamptz not null default now()
);

-- A post in an eenheid (org:Post), per period: moving a functie to another eenheid starts a new version.
create table functie_versie (
  id              uuid primary key default gen_random_uuid(),
  organisatie_id  uuid not null references organisatie (id),
  functie_id      uuid not null references functie (id),
  eenheid_id      uuid not null references eenheid (id),
  roltype_id      uuid not null references roltype (id),
  naam            text not null,
  schaal          integer check (schaal between 1 and 18),
  formatie_fte    numeric(6, 2) not null default 0 check (formatie_fte >= 0),
  aandachtsgebied text,                 -- for concerndirecteuren: bedrijfsvoering, economie, fysiek, sociaal
  leidinggevend   boolean not null default false,  -- this post leads its eenheid
  geldig_van      date not null,
  geldig_tot      date,
  wijziging_id    uuid references wijziging (id),
  check (geldig_tot is null or geldig_tot > geldig_van)
);
create index functie_versie_functie on functie_versie (functie_id, geldig_van);
create index functie_versie_eenheid on functie_versie (eenheid_id, geldig_van);
create index functie_versie_organisatie on functie_versie (organisatie_id, geldig_van);

-- A dated relation (org:reportsTo): eenheid → boven_eenheid, or functie → boven_functie.
-- hierarchisch = hiërarchische leiding, functioneel = functionele aansturing (seed 004).
create table lijn (
  id                uuid primary key default gen_random_uuid(),
  organisatie_id    uuid not null references organisatie (id),
  soort             text not null check (soort in ('hierarchisch', 'functioneel')),
  eenheid_id        uuid references eenheid (id),
  boven_eenheid_id  uuid references eenheid (id),
  functie_id        uuid references functie (id),
  boven_functie_id  uuid references functie (id),
  omschrijving      text,
  geldig_van        date not null,
  geldig_tot        date,
  wijziging_id      uuid references wijziging (id),
  check (geldig_tot is null or geldig_tot > geldig_van),
  check (
    (eenheid_id is not null and boven_eenheid_id is not null and functie_id is null and boven_functie_id is null)
    or (functie_id is not null and boven_functie_id is not null and eenheid_id is null and boven_eenheid_id is null)
  ),
  check (coalesce(eenheid_id <> boven_eenheid_id, true) and coalesce(functie_id <> boven_functie_id, true))
);
create index lijn_eenheid on lijn (eenheid_id, geldig_van);
create index lijn_boven_eenheid on lijn (boven_eenheid_id, geldig_van);
create index lijn_functie on lijn (functie_id, geldig_van);
create index lijn_boven_functie on lijn (boven_functie_id, geldig_van);
create index lijn_organisatie on lijn (organisatie_id, soort, geldig_van);
-- At most one open-ended hierarchical parent per eenheid; overlap of closed intervals is checked
-- by the service before writing.
create unique index lijn_een_open_ouder on lijn (eenheid_id) where soort = 'hierarchisch' and geldig_tot is null and eenheid_id is not null;

create table persoon (
  id              uuid primary key default gen_random_uuid(),
  organisatie_id  uuid not null references organisatie (id),
  naam            text not null,        -- as displayed: 'Anna de Vries', or as ROO publishes it
  voornaam        text,
  tussenvoegsel   text,
  achternaam      text,
  email           text,
  telefoon        text,
  geboortejaar    integer check (geboortejaar between 1900 and 2100),
  aangemaakt_op   timestamptz not null default now(),
  gewijzigd_op    timestamptz not null default now()
);
create index persoon_organisatie on persoon (organisatie_id, naam);

-- org:Membership: a persoon holds a functie from/to.
create table bezetting (
  id              uuid primary key default gen_random_uuid(),
  organisatie_id  uuid not null references organisatie (id),
  persoon_id      uuid not null references persoon (id),
  functie_id      uuid not null references functie (id),
  fte             numeric(4, 2) not null default 0 check (fte >= 0 and fte <= 1.5),
  dienstverband   text not null check (dienstverband in ('vast', 'tijdelijk', 'inhuur', 'stage', 'bestuurlijk')),
  vervanging      text check (vervanging in ('loco', 'waarnemer')),
  geldig_van      date not null,
  geldig_tot      date,
  wijziging_id    uuid references wijziging (id),
  check (geldig_tot is null or geldig_tot > geldig_van)
);
create index bezetting_functie on bezetting (functie_id, geldig_van);
create index bezetting_persoon on bezetting (persoon_id, geldig_van);
create index bezetting_organisatie on bezetting (organisatie_id, geldig_van);

-- A portefeuille of the college, held by whoever holds its functie (burgemeester or wethouder):
-- the portefeuillehouder that routes in later modules resolve to.
create table portefeuille (
  id              uuid primary key default gen_random_uuid(),
  organisatie_id  uuid not null references organisatie (id),
  naam            text not null,
  functie_id      uuid not null references functie (id),
  geldig_van      date not null,
  geldig_tot      date,
  check (geldig_tot is null or geldig_tot > geldig_van)
);
create index portefeuille_organisatie on portefeuille (organisatie_id, geldig_van);

-- Every write appends one event here, in the same transaction as the write.
create table audit_event (
  volgnummer      bigint generated always as identity primary key,
  id              uuid not null default gen_random_uuid() unique,
  organisatie_id  uuid references organisatie (id),
  tijdstip        timestamptz not null default now(),
  actor           text not null,
  handeling       text not null,
  object_type     text not null,
  object_id       text,
  voor            jsonb,
  na              jsonb
);
create index audit_event_object on audit_event (object_type, object_id);

-- Archiefwet: the audit trail is append-only.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_event is append-only (Archiefwet)';
end $$;
create trigger audit_event_no_update before update or delete on audit_event
  for each row execute function audit_event_append_only();
