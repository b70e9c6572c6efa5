-- An organisatie's house style for the organogram and the public pages (issue 3): its own colours
-- and font (design tokens, validated by the API schema) and its logo. No row = Koers's neutral theme.
-- One row per organisatie, replaced as a whole; every change is in the audit trail (Archiefwet),
-- which keeps the earlier tokens.
create table huisstijl (
  organisatie_id  uuid primary key references organisatie (id),
  tokens          jsonb not null,
  logo            bytea,
  logo_mediatype  text check (logo_mediatype in ('image/svg+xml', 'image/png')),
  gewijzigd_op    timestamptz not null default now(),
  check ((logo is null) = (logo_mediatype is null))
);
