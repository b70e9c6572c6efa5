// The help texts of the `koers` command, in Dutch like everything a user reads.

const INSTELLINGEN = `Instellingen (omgevingsvariabelen, standaardwaarde tussen haakjes):
  PORT (3000)              poort van de webserver
  HOST (0.0.0.0)           adres waarop de webserver luistert
  DATABASE_URL (leeg)      postgres://-adres van een PostgreSQL-server; leeg = ingebedde database
  KOERS_DATA_DIR (./data)  map van de ingebedde database (PGlite, in pglite/ daaronder)
  LOG_LEVEL (info)         fatal, error, warn, info, debug, trace of silent
  KOERS_PUBLIEKE_URL (http://localhost:PORT)
                           adres waarop gebruikers Koers bereiken; OpenID Connect stuurt terug
                           naar <adres>/auth/oidc/callback`

const EEN_PROCES = `Ingebedde database: PGlite draait in één proces. Zolang "koers serve" draait, kan geen
andere opdracht dezelfde datamap gebruiken; koers herkent dat en meldt het. Stop de server eerst,
of gebruik een PostgreSQL-server (DATABASE_URL), waar dit niet speelt.`

export const ALGEMENE_HULP = `koers: het besturingsmodel van een gemeente als werkende software

Gebruik: koers <opdracht> [opties]

Opdrachten:
  serve                                Start Koers: database openen, migraties toepassen, een lege
                                       installatie vullen met de demo-organisatie, en luisteren
  migrate                              Pas de migraties toe die nog niet zijn uitgevoerd
  seed                                 Vul de demo-organisatie Gemeente Voorbeeld (verandert niets
                                       als die er al is)
  import roo-gemeenten <csv>           Importeer de ROO-export van alle gemeenten als organisaties
  import roo-functies <csv>            Importeer de ROO-export van ambtsdragers (burgemeester,
                                       wethouders, raadsleden, griffier, …)
  audit verify                         Controleer de hashketen van de audit trail: meldt elk
                                       gewijzigd of verwijderd event (afsluitcode 1)
  help [opdracht]                      Deze hulp, of de hulp bij één opdracht

Elke opdracht kent --help.

${INSTELLINGEN}

${EEN_PROCES}

Afsluitcodes: 0 gelukt, 1 mislukt, 2 verkeerd gebruikt.
`

export const HULP: Record<string, string> = {
  serve: `Gebruik: koers serve

Opent de database (ingebed of PostgreSQL), past de migraties toe, vult een lege installatie met
de demo-organisatie Gemeente Voorbeeld en start de webserver. Toont waar Koers luistert en welke
database het gebruikt. Stoppen met Ctrl+C (SIGINT) of SIGTERM; de database wordt netjes gesloten.

${INSTELLINGEN}

${EEN_PROCES}
`,
  migrate: `Gebruik: koers migrate

Past de migraties toe die nog niet zijn uitgevoerd en toont welke. Veilig om vaker te draaien.
(serve en import doen dit ook zelf bij de start.)

${EEN_PROCES}
`,
  seed: `Gebruik: koers seed

Vult de demo-organisatie Gemeente Voorbeeld. Bestaat die al, dan verandert er niets.

${EEN_PROCES}
`,
  audit: `Gebruik: koers audit verify [--verwacht <hash>] [--json]

Controleert de audit trail: elk event draagt de hash van zijn voorganger, dus een gewijzigd event
(de inhoud past niet meer bij de hash) en een verwijderd event (een gat in de nummering, een
verwijzing naar een andere voorganger) vallen op. Noteer de laatste hash buiten Koers; met
--verwacht <hash> valt ook het verwijderen van de laatste events op.

Afsluitcode 0: ongeschonden; 1: geschonden (de bevindingen staan erbij).

${EEN_PROCES}
`,
  import: `Gebruik:
  koers import roo-gemeenten <csv> [--peildatum JJJJ-MM-DD] [--json]
  koers import roo-functies <csv> [--peildatum JJJJ-MM-DD] [--json]

roo-gemeenten  Leest de CSV-export van het Register van Overheidsorganisaties (ROO) met alle
               gemeenten en maakt of werkt per gemeente één organisatie bij (naam, TOOI URI,
               organisatiecode, CBS-code, OIN, KvK, contactgegevens, startdatum). Ontbreekt de
               organisatiecode, dan komt die uit de TOOI URI. Een gemeente met een Einddatum vóór
               de peildatum wordt niet aangemaakt; staat ze al in Koers, dan wordt ze beëindigd.
roo-functies   Leest de ROO-export van ambtsdragers (Organisatie, Naam, Functie, TOOI URI) en legt
               ze vast als personen met een bezetting van een functie in de gemeenteraad, het
               college, de griffie of de ambtelijke organisatie. Wie niet meer in het bestand staat,
               krijgt een beëindigde bezetting (per de peildatum), nooit een verwijderde.
               Importeer eerst de gemeenten.

Opnieuw draaien met hetzelfde bestand verandert niets. Alles gebeurt in één transactie: lukt
de import niet, dan is er niets veranderd.

Opties:
  --peildatum JJJJ-MM-DD  de datum waarop het bestand de situatie beschrijft (standaard: vandaag)
  --json                  het verslag als JSON op stdout, voor scripts
  -h, --help              deze hulp

${EEN_PROCES}
`,
}
