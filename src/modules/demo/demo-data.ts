// The fixed content of the demo organisation "Gemeente Voorbeeld": its teams (with the sector they
// sat in from 2015 and the domein they moved to in 2022), their posts, and contact details. The
// structure reflects the seeds: a concerndirectie with concerndirecteuren for bedrijfsvoering,
// economie, fysiek and sociaal (000), sectors replaced by a flatter honeycomb (001), a concernstaf (003).

export const DEMO_ORGANISATIECODE = 'gm9999'
export const DEMO_DOMEIN = 'gemeentevoorbeeld.example' // RFC 2606: a domain that can never be real
export const DEMO_START = '2015-01-01'
/** The last month the staff simulation runs; everything after it is planned (future) change. */
export const DEMO_EIND = '2026-11-01'

export type Sector = 'ruimte' | 'samenleving' | 'economie' | 'bedrijfsvoering'
export type Aandachtsgebied = 'bedrijfsvoering' | 'economie' | 'fysiek' | 'sociaal'

export const SECTOREN: Record<Sector, { naam: string; aandachtsgebied: Aandachtsgebied; omschrijving: string }> = {
  bedrijfsvoering: { naam: 'Sector Bedrijfsvoering', aandachtsgebied: 'bedrijfsvoering', omschrijving: 'Ondersteunt de organisatie met financiën, personeel, informatie en facilitaire zaken.' },
  economie: { naam: 'Sector Economie en Dienstverlening', aandachtsgebied: 'economie', omschrijving: 'Economie, cultuur en de dienstverlening aan inwoners en ondernemers.' },
  ruimte: { naam: 'Sector Ruimte', aandachtsgebied: 'fysiek', omschrijving: 'Ruimtelijke ordening, vergunningen, openbare ruimte en milieu.' },
  samenleving: { naam: 'Sector Samenleving', aandachtsgebied: 'sociaal', omschrijving: 'Zorg, jeugd, werk en inkomen, onderwijs en welzijn.' },
}

export const DOMEINEN: Record<Aandachtsgebied, { naam: string; omschrijving: string }> = {
  bedrijfsvoering: { naam: 'Domein Bedrijfsvoering', omschrijving: 'Bedrijfsvoering als businesspartner van de organisatie: financiën, HRM, informatievoorziening, ICT en facilitaire zaken.' },
  economie: { naam: 'Domein Economie', omschrijving: 'Een sterke lokale economie: bedrijven, binnenstad, vastgoed, cultuur en sport.' },
  fysiek: { naam: 'Domein Fysiek', omschrijving: 'De fysieke leefomgeving: ruimtelijke ontwikkeling, vergunningen, openbare ruimte, mobiliteit en duurzaamheid.' },
  sociaal: { naam: 'Domein Sociaal', omschrijving: 'Het sociaal domein: wijkteams, jeugd, Wmo, werk en inkomen, onderwijs en welzijn.' },
}

export const ADRESSEN = {
  stadhuis: 'Raadhuisplein 1, 9999 AA Voorbeeld',
  stadskantoor: 'Spoorlaan 20, 9999 AB Voorbeeld',
  stadswinkel: 'Marktstraat 5, 9999 AC Voorbeeld',
  werf: 'Industrieweg 14, 9999 CD Voorbeeld',
} as const
export const POSTADRES = 'Postbus 9999, 9990 AA Voorbeeld'

export interface TeamDef {
  sleutel: string
  naam: string
  sector: Sector
  /** Where the team goes in the 2022 honeycomb: a domein, or the uitvoeringsorganisatie (from 2019). */
  domein: Aandachtsgebied | 'publiekszaken'
  /** Number of medewerker posts. */
  omvang: number
  omschrijving: string
  /** Post names with their schaal; the first are the most common. */
  functies: readonly (readonly [string, number])[]
  adres?: keyof typeof ADRESSEN
  stage?: boolean
}

const t = (sleutel: string, naam: string, sector: Sector, domein: TeamDef['domein'], omvang: number, omschrijving: string,
  functies: TeamDef['functies'], extra: Partial<TeamDef> = {}): TeamDef => ({ sleutel, naam, sector, domein, omvang, omschrijving, functies, ...extra })

export const TEAMS: readonly TeamDef[] = [
  t('financien', 'Financiën', 'bedrijfsvoering', 'bedrijfsvoering', 24, 'Begroting, jaarrekening, financiële administratie en treasury.', [['Financieel adviseur', 11], ['Medewerker financiële administratie', 8], ['Senior financieel adviseur', 12], ['Medewerker crediteurenadministratie', 7]]),
  t('planning-en-control', 'Planning en Control', 'bedrijfsvoering', 'bedrijfsvoering', 13, 'De planning- en controlcyclus: voorjaarsnota, trimesterrapportages, begroting en jaarrekening.', [['Business controller', 11], ['Senior business controller', 12], ['Medewerker planning en control', 9]]),
  t('hrm', 'HRM', 'bedrijfsvoering', 'bedrijfsvoering', 21, 'Werving, ontwikkeling, mobiliteit en personeelsadministratie.', [['HR-adviseur', 10], ['Medewerker HR-administratie', 8], ['Senior HR-adviseur', 11], ['Salarisadministrateur', 8], ['Recruiter', 9]], { stage: true }),
  t('informatievoorziening', 'Informatievoorziening', 'bedrijfsvoering', 'bedrijfsvoering', 24, 'Informatiemanagement, functioneel beheer, data en privacy.', [['Informatieadviseur', 11], ['Functioneel beheerder', 9], ['Informatiemanager', 12], ['Data-analist', 10], ['Privacy officer', 11]], { stage: true }),
  t('ict-beheer', 'ICT-beheer', 'bedrijfsvoering', 'bedrijfsvoering', 23, 'Werkplekken, netwerk, servicedesk en informatiebeveiliging.', [['Systeembeheerder', 9], ['Netwerkbeheerder', 9], ['Servicedeskmedewerker', 7], ['Security officer', 11], ['Applicatiebeheerder', 9]]),
  t('facilitaire-zaken', 'Facilitaire Zaken', 'bedrijfsvoering', 'bedrijfsvoering', 21, 'Huisvesting, servicepunt, post en catering.', [['Facilitair medewerker', 6], ['Medewerker servicepunt', 6], ['Bode', 6], ['Adviseur huisvesting', 10], ['Coördinator facilitaire dienstverlening', 8]], { adres: 'stadhuis' }),
  t('inkoop', 'Inkoop', 'bedrijfsvoering', 'bedrijfsvoering', 9, 'Aanbestedingen en inkoopadvies.', [['Inkoopadviseur', 10], ['Senior inkoopadviseur', 11], ['Medewerker inkoop', 8]]),
  t('contractbeheer', 'Contractbeheer', 'bedrijfsvoering', 'bedrijfsvoering', 7, 'Beheer van contracten en leveranciers.', [['Contractmanager', 10], ['Medewerker contractbeheer', 8]]),
  t('juridische-zaken', 'Juridische Zaken', 'bedrijfsvoering', 'bedrijfsvoering', 16, 'Juridisch advies, bezwaar en beroep, aansprakelijkheid.', [['Juridisch adviseur', 11], ['Senior juridisch adviseur', 12], ['Juridisch medewerker bezwaar en beroep', 10], ['Secretaris bezwarencommissie', 9]], { stage: true }),
  t('div', 'Documentaire Informatievoorziening', 'bedrijfsvoering', 'bedrijfsvoering', 16, 'Post, archief en informatiebeheer volgens de Archiefwet.', [['Medewerker DIV', 7], ['Adviseur informatiebeheer', 10], ['Archiefmedewerker', 7]]),
  t('communicatie', 'Communicatie', 'bedrijfsvoering', 'bedrijfsvoering', 16, 'Communicatieadvies, website, pers en participatie.', [['Communicatieadviseur', 10], ['Senior communicatieadviseur', 11], ['Online redacteur', 9], ['Woordvoerder', 11]], { stage: true, adres: 'stadhuis' }),
  t('economische-zaken', 'Economische Zaken', 'economie', 'economie', 15, 'Bedrijvenloket, accountmanagement en economisch beleid.', [['Accountmanager bedrijven', 10], ['Beleidsadviseur economie', 11], ['Medewerker bedrijvenloket', 8]]),
  t('cultuur-en-evenementen', 'Cultuur en Evenementen', 'economie', 'economie', 12, 'Cultuurbeleid, evenementen en evenementenvergunningen.', [['Adviseur cultuur', 10], ['Evenementencoördinator', 9], ['Medewerker evenementenvergunningen', 8]]),
  t('binnenstad', 'Binnenstad en Citymarketing', 'economie', 'economie', 9, 'Een levendige binnenstad, markten en citymarketing.', [['Binnenstadmanager', 11], ['Adviseur citymarketing', 10], ['Marktmeester', 7]]),
  t('sport', 'Sport en Recreatie', 'samenleving', 'economie', 13, 'Sportbeleid, buurtsport en sportaccommodaties.', [['Beleidsadviseur sport', 10], ['Buurtsportcoach', 8], ['Beheerder sportaccommodaties', 7]]),
  t('vastgoed', 'Vastgoed', 'ruimte', 'economie', 16, 'Beheer en exploitatie van het gemeentelijk vastgoed.', [['Vastgoedadviseur', 11], ['Medewerker vastgoedbeheer', 8], ['Technisch beheerder vastgoed', 9]]),
  t('grondzaken', 'Grondzaken', 'ruimte', 'economie', 12, 'Grondexploitaties, aan- en verkoop van grond.', [['Adviseur grondzaken', 11], ['Grondexploitant', 11], ['Medewerker grondzaken', 9]]),
  t('ruimtelijke-ontwikkeling', 'Ruimtelijke Ontwikkeling', 'ruimte', 'fysiek', 23, 'Omgevingsvisie, omgevingsplan en gebiedsontwikkeling.', [['Planoloog', 11], ['Senior planoloog', 12], ['Stedenbouwkundige', 11], ['Adviseur Omgevingswet', 11], ['Landschapsarchitect', 10]], { stage: true }),
  t('vergunningverlening', 'Vergunningverlening', 'ruimte', 'fysiek', 25, 'Omgevingsvergunningen en meldingen.', [['Vergunningverlener', 9], ['Senior vergunningverlener', 11], ['Juridisch adviseur omgevingsrecht', 11], ['Administratief medewerker vergunningen', 7]]),
  t('toezicht', 'Toezicht en Handhaving', 'ruimte', 'fysiek', 23, 'Toezicht op bouwen, wonen en de openbare ruimte; handhaving.', [['Toezichthouder bouw en wonen', 9], ['Handhavingsjurist', 10], ['Boa openbare ruimte', 8], ['Coördinator handhaving', 10]]),
  t('beheer-groen', 'Beheer Groen', 'ruimte', 'fysiek', 16, 'Beheer van parken, bomen en groenvoorzieningen.', [['Beheerder groen', 9], ['Medewerker groenbeheer', 7], ['Boomdeskundige', 9]], { adres: 'werf' }),
  t('beheer-wegen', 'Beheer Wegen en Water', 'ruimte', 'fysiek', 16, 'Beheer van wegen, bruggen, riolering en water.', [['Beheerder wegen', 9], ['Adviseur riolering en water', 10], ['Medewerker civiele techniek', 8]], { adres: 'werf' }),
  t('projecten-openbare-ruimte', 'Projecten Openbare Ruimte', 'ruimte', 'fysiek', 19, 'Voorbereiding en uitvoering van projecten in de openbare ruimte.', [['Projectleider openbare ruimte', 11], ['Werkvoorbereider', 9], ['Toezichthouder civiele werken', 9]]),
  t('milieu', 'Milieu en Duurzaamheid', 'ruimte', 'fysiek', 16, 'Milieubeleid, klimaatadaptatie en de energietransitie.', [['Adviseur duurzaamheid', 10], ['Adviseur energietransitie', 11], ['Milieukundige', 10]]),
  t('mobiliteit', 'Mobiliteit en Verkeer', 'ruimte', 'fysiek', 13, 'Verkeer, fiets, openbaar vervoer en parkeren.', [['Verkeerskundige', 10], ['Senior verkeerskundige', 11], ['Medewerker parkeren', 8]]),
  t('wijkonderhoud', 'Wijkonderhoud', 'ruimte', 'fysiek', 40, 'Dagelijks onderhoud van de wijken: groen, straten en afval.', [['Medewerker wijkonderhoud', 6], ['Voorman wijkonderhoud', 8], ['Chauffeur/machinist', 7], ['Coördinator wijkonderhoud', 9]], { adres: 'werf' }),
  t('geo-informatie', 'Geo-informatie', 'ruimte', 'fysiek', 12, 'Kaarten, landmeten en de basisregistratie grootschalige topografie.', [['Geo-informatiespecialist', 10], ['Landmeter', 8], ['Medewerker BGT', 8]]),
  t('wonen', 'Wonen', 'ruimte', 'fysiek', 12, 'Woonbeleid, woningbouwprogramma en afspraken met corporaties.', [['Beleidsadviseur wonen', 11], ['Accountmanager woningcorporaties', 10], ['Medewerker huisvesting', 8]]),
  t('wijkteams', 'Wijkteams', 'samenleving', 'sociaal', 45, 'Eerste aanspreekpunt voor inwoners met vragen over zorg, jeugd en welzijn, dichtbij in de wijk.', [['Wijkcoach', 9], ['Senior wijkcoach', 10], ['Jeugd- en gezinscoach', 10], ['Administratief medewerker wijkteams', 7]], { stage: true }),
  t('jeugd', 'Jeugd', 'samenleving', 'sociaal', 27, 'Jeugdhulp, toegang en contractering.', [['Consulent jeugd', 9], ['Beleidsadviseur jeugd', 11], ['Contractmanager jeugdhulp', 10]]),
  t('wmo', 'Wmo', 'samenleving', 'sociaal', 29, 'Maatwerkvoorzieningen en hulpmiddelen op grond van de Wmo 2015.', [['Wmo-consulent', 9], ['Medewerker Wmo-administratie', 7], ['Beleidsadviseur Wmo', 11], ['Adviseur hulpmiddelen', 9]]),
  t('werk', 'Werk', 'samenleving', 'sociaal', 27, 'Begeleiding naar werk en dienstverlening aan werkgevers.', [['Werkcoach', 9], ['Jobhunter', 9], ['Beleidsmedewerker werk', 10], ['Accountmanager werkgevers', 10]]),
  t('inkomen', 'Inkomen', 'samenleving', 'sociaal', 29, 'Bijstand, inkomensondersteuning en handhaving Participatiewet.', [['Klantmanager inkomen', 9], ['Medewerker inkomensondersteuning', 8], ['Handhaver sociale zekerheid', 9], ['Terugvorderaar', 8]]),
  t('schuldhulpverlening', 'Schuldhulpverlening', 'samenleving', 'sociaal', 13, 'Vroegsignalering, schuldhulp en budgetbeheer.', [['Schuldhulpverlener', 9], ['Budgetbeheerder', 8], ['Preventiemedewerker schulden', 8]]),
  t('onderwijs', 'Onderwijs', 'samenleving', 'sociaal', 12, 'Leerplicht, onderwijsbeleid en onderwijshuisvesting.', [['Leerplichtambtenaar', 9], ['Beleidsadviseur onderwijs', 11], ['Adviseur onderwijshuisvesting', 10]]),
  t('maatschappelijke-ontwikkeling', 'Maatschappelijke Ontwikkeling', 'samenleving', 'sociaal', 17, 'Welzijn, subsidies, inclusie en vrijwilligerswerk.', [['Beleidsadviseur welzijn', 11], ['Subsidieadviseur', 9], ['Adviseur inclusie', 10]]),
  t('beleid-sociaal-domein', 'Beleid Sociaal Domein', 'samenleving', 'sociaal', 16, 'Strategie, beleid en monitoring van het sociaal domein.', [['Beleidsadviseur sociaal domein', 11], ['Senior beleidsadviseur', 12], ['Beleidsmedewerker', 10]]),
  t('burgerzaken', 'Burgerzaken', 'economie', 'publiekszaken', 29, 'Paspoorten, rijbewijzen, verhuizingen en de burgerlijke stand.', [['Medewerker burgerzaken', 7], ['Senior medewerker burgerzaken', 8], ['Specialist burgerzaken', 9], ['Ambtenaar burgerlijke stand', 8]], { adres: 'stadswinkel' }),
  t('klantcontactcentrum', 'Klantcontactcentrum', 'economie', 'publiekszaken', 27, 'Telefoon, chat, e-mail en balie: het eerste contact met de gemeente.', [['Klantcontactmedewerker', 6], ['Senior klantcontactmedewerker', 7], ['Coördinator klantcontact', 8]], { adres: 'stadswinkel' }),
  t('belastingen', 'Belastingen', 'economie', 'publiekszaken', 21, 'Gemeentelijke belastingen, WOZ en invordering.', [['Medewerker belastingen', 8], ['Taxateur WOZ', 9], ['Invorderaar', 8], ['Adviseur heffingen', 10]]),
  t('basisregistraties', 'Basisregistraties', 'economie', 'publiekszaken', 12, 'De basisregistraties personen, adressen en gebouwen.', [['Medewerker basisregistraties', 8], ['Kwaliteitsmedewerker BAG', 8], ['Adviseur basisregistraties', 10]]),
]

/** Post sizes: most posts are full-time, a fifth are part-time posts. */
export const FORMATIES: readonly (readonly [number, number])[] = [[1, 60], [0.9, 10], [0.8, 14], [0.7, 6], [0.6, 6], [0.5, 4]]
