-- Toegang (issue 4): accounts, sessions, machine tokens, mandates, samenwerkingsafspraken, OpenID
-- Connect per organisatie; the hash-chained audit trail; row-level security between organisaties.

-- An account is linked to a persoon of its organisatie. A platform beheerder (the installation's
-- administrator) may have no persoon. Accounts are never deleted; actief = false blocks one.
create table account (
  id                 uuid primary key default gen_random_uuid(),
  organisatie_id     uuid references organisatie (id),
  persoon_id         uuid references persoon (id),
  email              text not null,
  wachtwoord_hash    text,                 -- argon2id (PHC string); null = only OpenID Connect
  oidc_subject       text,                 -- the 'sub' claim of the organisatie's OpenID provider
  platform_beheerder boolean not null default false,
  actief             boolean not null default true,
  aangemaakt_op      timestamptz not null default now(),
  gewijzigd_op       timestamptz not null default now(),
  laatst_ingelogd_op timestamptz,
  check (platform_beheerder or (organisatie_id is not null and persoon_id is not null))
);
create unique index account_email on account (lower(email));
create unique index account_oidc on account (organisatie_id, oidc_subject) where oidc_subject is not null;
create index account_organisatie on account (organisatie_id);

-- A login session. The cookie carries a random token; only its SHA-256 is stored. Ending a session
-- (logout, expiry) sets beeindigd_op.
create table sessie (
  id            uuid primary key default gen_random_uuid(),
  token_hash    text not null unique,
  account_id    uuid not null references account (id),
  csrf_token    text not null,
  methode       text not null check (methode in ('wachtwoord', 'oidc')),
  aangemaakt_op timestamptz not null default now(),
  verloopt_op   timestamptz not null,
  beeindigd_op  timestamptz
);

-- Failed logins per e-mail address (hashed), whether or not an account exists: the lockout then
-- behaves the same for unknown addresses, so it reveals nothing about which accounts exist.
create table inlogpoging (
  sleutel         text primary key,
  mislukt         integer not null default 0,
  geblokkeerd_tot timestamptz,
  laatste_poging  timestamptz not null default now()
);

-- A machine client's token: scoped to handelingen in one organisatie, revocable, only its hash kept.
create table api_token (
  id                 uuid primary key default gen_random_uuid(),
  organisatie_id     uuid not null references organisatie (id),
  naam               text not null,
  prefix             text not null,        -- the first characters, to recognise a token in a list
  token_hash         text not null unique,
  handelingen        text[] not null,
  aangemaakt_door    text not null,
  aangemaakt_op      timestamptz not null default now(),
  verloopt_op        timestamptz,
  ingetrokken_op     timestamptz,
  laatst_gebruikt_op timestamptz
);
create index api_token_organisatie on api_token (organisatie_id);

-- A mandaat: roltype × handeling × scope (PRODUCT.md glossary), dated like everything else.
create table mandaat (
  id             uuid primary key default gen_random_uuid(),
  organisatie_id uuid not null references organisatie (id),
  roltype_id     uuid not null references roltype (id),
  handeling      text not null,
  scope          text not null check (scope in ('eigen_eenheid', 'subboom', 'organisatie')),
  bron           text,                    -- e.g. 'organisatiebesluit, teammanager 4g'
  geldig_van     date not null,
  geldig_tot     date,
  aangemaakt_op  timestamptz not null default now(),
  check (geldig_tot is null or geldig_tot > geldig_van)
);
create unique index mandaat_open on mandaat (roltype_id, handeling) where geldig_tot is null;
create index mandaat_organisatie on mandaat (organisatie_id, roltype_id);

-- A samenwerkingsafspraak: whoever holds partner_functie (in the partner organisatie) acts in
-- organisatie_id with the mandates of roltype_id there, anchored at eenheid_id (for the scopes
-- eigen_eenheid and subboom; null = only organisatie-wide mandates). Seed 003: Dordrecht's shared
-- services for the Drechtsteden.
create table samenwerkingsafspraak (
  id                     uuid primary key default gen_random_uuid(),
  organisatie_id         uuid not null references organisatie (id),
  partner_organisatie_id uuid not null references organisatie (id),
  naam                   text not null,
  partner_functie_id     uuid not null references functie (id),
  roltype_id             uuid not null references roltype (id),
  eenheid_id             uuid references eenheid (id),
  geldig_van             date not null,
  geldig_tot             date,
  aangemaakt_op          timestamptz not null default now(),
  check (geldig_tot is null or geldig_tot > geldig_van),
  check (organisatie_id <> partner_organisatie_id)
);
create index samenwerkingsafspraak_partner on samenwerkingsafspraak (partner_organisatie_id, partner_functie_id);
create index samenwerkingsafspraak_organisatie on samenwerkingsafspraak (organisatie_id);

-- OpenID Connect per organisatie (Entra ID, Keycloak, …). The client secret is data, set by a
-- beheerder through the API; it is never in the repository.
create table oidc_configuratie (
  organisatie_id uuid primary key references organisatie (id),
  issuer         text not null,
  client_id      text not null,
  client_secret  text,
  scope          text not null default 'openid email profile',
  weergavenaam   text not null default 'Inloggen met uw organisatieaccount',
  actief         boolean not null default true,
  gewijzigd_op   timestamptz not null default now()
);

-- One authorisation-code flow in progress: state, PKCE verifier and nonce, used once.
create table oidc_poging (
  state          text primary key,
  organisatie_id uuid not null references organisatie (id),
  code_verifier  text not null,
  nonce          text not null,
  terug_naar     text,
  verloopt_op    timestamptz not null,
  gebruikt_op    timestamptz
);

-- ── The hash-chained audit trail ───────────────────────────────────────────────────────────────
-- Every event carries the hash of its predecessor, so altering or removing one breaks the chain
-- (`koers audit verify`). keten_nr is assigned under a lock, so the chain order is the commit order
-- even when transactions take identity numbers out of order.
alter table audit_event add column keten_nr bigint, add column vorige_hash text, add column hash text;

create function audit_event_hash(e audit_event) returns text language sql stable as $$
  select encode(sha256(convert_to(jsonb_build_array(
    e.keten_nr, e.vorige_hash, e.id, e.organisatie_id,
    to_char(e.tijdstip at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
    e.actor, e.handeling, e.object_type, e.object_id, e.voor, e.na)::text, 'UTF8')), 'hex')
$$;

alter table audit_event disable trigger audit_event_no_update;
do $$
declare
  r record;
  nr bigint := 0;
  v_vorige text := null;
begin
  for r in select volgnummer from audit_event order by volgnummer loop
    nr := nr + 1;
    update audit_event set keten_nr = nr, vorige_hash = v_vorige where volgnummer = r.volgnummer;
    update audit_event e set hash = audit_event_hash(e) where volgnummer = r.volgnummer returning e.hash into v_vorige;
  end loop;
end $$;
alter table audit_event enable trigger audit_event_no_update;
alter table audit_event alter column keten_nr set not null, alter column hash set not null;
create unique index audit_event_keten on audit_event (keten_nr);

-- security definer: the trigger must see the whole chain, also when the writer sees one organisatie.
create function audit_event_keten() returns trigger language plpgsql security definer set search_path = public as $$
declare
  v_nr bigint;
  v_hash text;
begin
  perform pg_advisory_xact_lock(hashtext('koers.audit_event.keten'));
  select keten_nr, hash into v_nr, v_hash from audit_event order by keten_nr desc limit 1;
  new.keten_nr := coalesce(v_nr, 0) + 1;
  new.vorige_hash := v_hash;
  new.hash := audit_event_hash(new);
  return new;
end $$;
create trigger audit_event_keten before insert on audit_event for each row execute function audit_event_keten();

-- ── Row-level security: organisaties are strictly separated ────────────────────────────────────
-- Requests run as role koers_gebruiker with koers.organisaties set to the organisaties the actor may
-- see (its own, plus those a samenwerkingsafspraak opens). The role has no DELETE on any table:
-- nothing is hard-deleted (Archiefwet). The owner (migrations, CLI, login) is not subject to RLS.
do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'koers_gebruiker') then
    create role koers_gebruiker nologin;
  end if;
  if not (select rolsuper from pg_roles where rolname = current_user) then
    execute format('grant koers_gebruiker to %I', current_user);
  end if;
end $$;

create function koers_zichtbaar() returns uuid[] language sql stable as $$
  select coalesce(nullif(current_setting('koers.organisaties', true), ''), '{}')::uuid[]
$$;

-- Whether a functie belongs to an organisatie, also when the caller cannot see that organisatie: a
-- samenwerkingsafspraak names a functie of the partner organisatie.
create function functie_hoort_bij(p_functie uuid, p_organisatie uuid) returns boolean
  language sql stable security definer set search_path = public as $$
  select exists (select 1 from functie where id = p_functie and organisatie_id = p_organisatie)
$$;

grant usage on schema public to koers_gebruiker;
grant select, update (gewijzigd_op) on organisatie to koers_gebruiker;
grant usage on all sequences in schema public to koers_gebruiker;
grant execute on all functions in schema public to koers_gebruiker;
grant select, insert on audit_event to koers_gebruiker;
grant select, insert, update on wijziging, roltype, taak, eenheid, eenheid_versie, functie, functie_versie,
  lijn, persoon, bezetting, portefeuille, huisstijl, account, api_token, mandaat, samenwerkingsafspraak,
  oidc_configuratie to koers_gebruiker;

do $$
declare
  t text;
begin
  foreach t in array array['wijziging', 'roltype', 'taak', 'eenheid', 'eenheid_versie', 'functie', 'functie_versie',
    'lijn', 'persoon', 'bezetting', 'portefeuille', 'huisstijl', 'audit_event', 'account', 'api_token', 'mandaat',
    'oidc_configuratie'] loop
    execute format('alter table %I enable row level security', t);
    execute format('create policy organisatie_grens on %I using (organisatie_id = any ((select koers_zichtbaar())::uuid[])) with check (organisatie_id = any ((select koers_zichtbaar())::uuid[]))', t);
  end loop;
end $$;
alter table samenwerkingsafspraak enable row level security;
create policy organisatie_grens on samenwerkingsafspraak
  using (organisatie_id = any ((select koers_zichtbaar())::uuid[]) or partner_organisatie_id = any ((select koers_zichtbaar())::uuid[]))
  with check (organisatie_id = any ((select koers_zichtbaar())::uuid[]));
-- Organisaties are public (ROO); a request may only lock or touch the rows of its own organisaties
-- (a vaststelling locks its organisatie row to serialise reorganisations).
alter table organisatie enable row level security;
create policy lezen on organisatie for select using (true);
create policy wijzigen on organisatie for update
  using (id = any ((select koers_zichtbaar())::uuid[])) with check (id = any ((select koers_zichtbaar())::uuid[]));

-- A reorganisation may remove a dated row it inserted itself earlier in the same transaction (a row
-- that started and ends on the same ingangsdatum): such a row was never committed, so it was never
-- a record. Any other delete is refused (Archiefwet): the row's xmin must be this transaction.
do $$
declare
  t text;
begin
  foreach t in array array['eenheid_versie', 'functie_versie', 'lijn', 'bezetting', 'portefeuille'] loop
    execute format('grant delete on %I to koers_gebruiker', t);
    execute format('create policy alleen_eigen_transactie on %I as restrictive for delete using (xmin = pg_current_xact_id()::xid)', t);
  end loop;
end $$;

-- Blocking an account or resetting its password ends its sessions: a request may end the sessions of
-- the accounts it can see (the account table's own policy applies inside the subquery).
grant select, update (beeindigd_op) on sessie to koers_gebruiker;
alter table sessie enable row level security;
create policy via_account on sessie using (exists (select 1 from account a where a.id = sessie.account_id));
