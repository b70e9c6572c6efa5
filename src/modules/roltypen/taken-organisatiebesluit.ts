// The numbered taken (duties) of the three management roltypen, verbatim from the organisatiebesluit
// of seed 004 ("Uitwerking op organisatiesturing: verantwoordelijkheden en taken per
// leidinggevendefunctie"). The text is kept exactly as printed (quotes, casing, punctuation) because it
// is the legal source: Koers shows it, routes and mandaten refer to it by nummer, and a test checks
// every tekst against the seed file.
//
// nummer is as printed: '1', '2', … and the lettered sub-duties of duty 4 as '4a' … '4j'; the parent
// '4' keeps its own introductory sentence, so a list rendered in volgorde reads like the source.
export interface TaakDefinitie { nummer: string; tekst: string }

/** The footnote ¹ of the gemeentesecretaris list; the seed attaches it to duty 4. */
const VOETNOOT_GEMEENTESECRETARIS =
  'De gemeentesecretaris/algemeen directeur heeft de bevoegdheid om door middel van algemene instructies medewerkers opdracht te geven omtrent het uitoefenen van hun functie en/of taken. Daarnaast heeft de gemeentesecretaris/algemeen directeur het recht bij alle aan het college ondergeschikte medewerkers, zowel individueel als per organisatie-eenheid, inlichtingen in te winnen die voor een goede invulling van zijn/haar taak nodig zijn. Voor zover de gemeentesecretaris/algemeen directeur bij de uitvoering van zijn/haar taken behoefte heeft aan advies en bijstand, kan hij/zij daarvoor een beroep doen op alle eenheden en medewerkers van de gemeentelijke organisatie en waar nodig externe ondersteuning inschakelen.'

export const TAKEN_ORGANISATIEBESLUIT: Record<string, TaakDefinitie[]> = {
  gemeentesecretaris: [
    { nummer: '1', tekst: 'De gemeentesecretaris/algemeen directeur is secretaris van het college. Hij/zij ondersteunt en adviseert het college (proactief) over het te voeren beleid.' },
    { nummer: '2', tekst: 'De gemeentesecretaris/algemeen directeur is tevens algemeen directeur en als zodanig ambtelijk eindverantwoordelijk voor (1) het functioneren en de kwaliteit van de ambtelijke organisatie, (2) totstandkoming en realisatie van de wettelijke taken en bestuurlijk gestelde doelen en (3) voor de eindtoets inzake integraliteit van advisering en besluitvormingsrijpheid van stukken.' },
    { nummer: '3', tekst: 'De gemeentesecretaris/algemeen directeur stuurt en regisseert op de totstandkoming van de strategische inhoud en op integraliteit en eenheid van leiderschap. Tevens draagt hij/zij, in nauwe samenwerking met de concernmanager en teammanagers, zorg voor monitoring van beleid, management en planning.' },
    { nummer: '4', tekst: 'De gemeentesecretaris/algemeen directeur geeft integraal leiding aan de ambtelijke organisatie in zijn geheel en stuurt op hoofdlijnen op basis van prestaties en producten.¹' + '\n\nVoetnoot: ' + VOETNOOT_GEMEENTESECRETARIS },
    { nummer: '5', tekst: 'De gemeentesecretaris/algemeen directeur geeft hiërarchische leiding aan de concernmanager, teammanagers, de concerncontroller en de medewerkers van de staf. Het leiderschap is gericht op het faciliteren en coachen van taakvolwassen en professionele medewerkers.' },
    { nummer: '6', tekst: 'De gemeentesecretaris/algemeen directeur initieert, stuurt en bewaakt de (door)ontwikkeling en innovatie van de gehele organisatie.' },
    { nummer: '7', tekst: 'De gemeentesecretaris/algemeen directeur initieert, stimuleert en bewerkstelligt veranderingsprocessen om kwaliteit en productiviteit van de gemeente als geheel te versterken en in te kunnen spelen op nieuwe ontwikkelingen.' },
    { nummer: '8', tekst: 'De gemeentesecretaris/algemeen directeur is eindverantwoordelijk voor het onderhouden en uitbouwen van de regionale samenwerking, het verkennen en anticiperen op politieke en maatschappelijke ontwikkelingen en vertaling ervan naar beleid.' },
    { nummer: '9', tekst: 'De gemeentesecretaris/algemeen directeur is verantwoordelijk voor een adequate informatieverschaffing en communicatie.' },
    { nummer: '10', tekst: 'De gemeentesecretaris/algemeen directeur is in de hoedanigheid van gemeentesecretaris bestuurder in de zin van de Wet op de Ondernemingsraden. Hij ziet erop toe dat zaken ter informatie, voor advies of ter instemming aan de Ondernemingsraad worden voorgelegd.' },
    { nummer: '11', tekst: 'De gemeentesecretaris/algemeen directeur bevordert, samen met de burgemeester en de griffier, een goede afstemming tussen het college, de gemeenteraad en de ambtelijke organisatie.' },
  ],
  // The seed prints "2." and "3." again after "4." (a numbering slip in the source: they continue the
  // list, they do not replace duties 2 and 3). nummer must be unique per roltype (it is how mandaten and
  // routes cite a duty), so they are numbered '5' and '6' here; their tekst is unchanged.
  concernmanager: [
    { nummer: '1', tekst: 'De concernmanager is verantwoordelijk voor het functioneren en de kwaliteit van de teams en concern brede sturing.' },
    { nummer: '2', tekst: 'De concernmanager stuurt de teammanagers functioneel aan. Het leiderschap is gericht op het faciliteren en coachen van taakvolwassen en professionele teammanagers.' },
    { nummer: '3', tekst: 'De concernmanager is ambtelijk opdrachtgever van nader te bepalen opdrachten.' },
    { nummer: '4', tekst: 'De concernmanager draagt binnen de gegeven kaders de zorg en verantwoordelijkheid voor:' },
    { nummer: '4a', tekst: 'het uitdragen van de organisatiewaarden, het entameren en sturen van organisatieontwikkelingsprocessen;' },
    { nummer: '4b', tekst: 'het aanbrengen van focus door indien nodig en/of gewenst prioriteiten te stellen;' },
    { nummer: '4c', tekst: 'de bevordering van de integrale samenhang van adviezen, producten en diensten;' },
    { nummer: '4d', tekst: 'het adviseren van het college van b&w en de gemeentesecretaris/algemeen directeur ten aanzien van strategische vraagstukken;' },
    { nummer: '4e', tekst: 'afstemming met het directieteam, college van b&w over de hoofdlijnen, richting van beleid en strategie bestuurlijke ambities;' },
    { nummer: '4f', tekst: 'de inzet en beheer van middelen (PIOFACH);' },
    { nummer: '4g', tekst: 'het leveren van tijdige, juiste en volledige informatie over de bedrijfsvoering aan de teammanagers en de gemeentesecretaris/algemeen directeur.' },
    { nummer: '5', tekst: 'De concernmanager voert de eindcoördinatie op de teambijdragen en -advisering voor alle documenten in de planning en control cyclus. De concernmanager en concerncontroller organiseren voor de start van de ontwikkeling van de P&C documenten (voorjaarsnota, trimesterrapportages, begroting, jaarrekening) een gezamenlijke briefing (vormvrij) voor de teammanagers en programmaverantwoordelijken. De briefing vindt in afstemming met financiën plaats. Tevens organiseert de concernmanager en concerncontroller voor dezelfde groep een slotbijeenkomst (vormvrij) om alle opbrengsten integraal te bespreken en puntjes op de \'i\' te zetten.' },
    { nummer: '6', tekst: 'De concernmanager is mede verantwoordelijk voor het onderhouden en uitbouwen van de regionale samenwerking, het verkennen en anticiperen op politieke en maatschappelijke ontwikkelingen en vertaling ervan naar beleid.' },
  ],
  teammanager: [
    { nummer: '1', tekst: 'De teammanager is integraal verantwoordelijk voor het functioneren en de kwaliteit van zijn/haar team, de inzet van personeel (inclusief externe medewerkers en stagiaires) en middelen (PIOFACH).' },
    { nummer: '2', tekst: 'De teammanager is HR-verantwoordelijk voor de medewerkers van zijn/haar team. Hij/zij geeft integraal en coachend leiding aan de medewerkers: bevordert de inhoudelijke bekwaamheid, zelfstandigheid, innovatie en de persoonlijke ontwikkeling van medewerkers en van het team als geheel, binnen de overeengekomen kaders.' },
    { nummer: '3', tekst: 'De teammanager is ambtelijk opdrachtgever van nader te bepalen opdrachten/projecten en verbonden partijen.' },
    { nummer: '4', tekst: 'De teammanager draagt binnen de gegeven kaders de zorg en verantwoordelijkheid voor:' },
    { nummer: '4a', tekst: 'het uitdragen van de organisatiewaarden en het entameren en sturen van ontwikkelingsprocessen binnen het team;' },
    { nummer: '4b', tekst: 'de eenheid van het team, ontwikkeling en implementatie van het teamplan;' },
    { nummer: '4c', tekst: 'een werkwijze waarbij het team zelf bepaalt hoe zij met de beschikbare formatie de gewenste prestaties kan leveren;' },
    { nummer: '4d', tekst: 'een permanente bevordering van integraal werken en afstemming;' },
    { nummer: '4e', tekst: 'de werkprocessen (inclusief juiste afstemming en optimalisering) van de producten en/of diensten die bij zijn/haar team horen;' },
    { nummer: '4f', tekst: 'de vooraf gedefinieerde inzet van personeel en/of middelen op de capaciteitsvraag vanuit programmatische opgaven en projecten;' },
    { nummer: '4g', tekst: 'het goedkeuren van voorstellen voor agendering in het college van b&w;' },
    { nummer: '4h', tekst: 'het ondersteunen van zijn/haar medewerkers in de portefeuillehouders overleggen;' },
    { nummer: '4i', tekst: 'de effectieve en efficiënte inzet en het beheer van teammiddelen (PIOFACH) binnen de gestelde kaders en budgetten;' },
    { nummer: '4j', tekst: 'het leveren van tijdige, juiste en volledige informatie over de bedrijfsvoering van het team.' },
    { nummer: '5', tekst: 'De teammanager is verantwoordelijk voor de coördinatie en kwaliteit van de teambijdragen in de planning en control cyclus.' },
    { nummer: '6', tekst: 'De teammanager ondersteunt, informeert en adviseert de concernmanager.' },
    { nummer: '7', tekst: 'De teammanager zoekt actief afstemming op met betrokken teammanager(s) en concernmanager en/of gemeentesecretaris/algemeen directeur in dossiers met een betekenisvolle bestuurlijke gevoeligheid en/of met een team overstijgend karakter.' },
    { nummer: '8', tekst: 'De teammanager legt functioneel verantwoording af aan de concernmanager.' },
  ],
}
