// Fictional but realistic Dutch names for the demo and benchmark organisations. Combined at random
// (seeded), so any resemblance to a real person is coincidence. The mix of surnames reflects a
// Dutch municipality's workforce, including names of Turkish, Moroccan, Surinamese and Indonesian
// origin.
import type { Rng } from './prng.ts'

const VOORNAMEN_V = [
  'Anna', 'Emma', 'Sophie', 'Julia', 'Lotte', 'Sanne', 'Lisa', 'Eva', 'Anouk', 'Fleur', 'Femke', 'Iris', 'Laura', 'Marieke',
  'Esther', 'Ingrid', 'Petra', 'Monique', 'Annemarie', 'Yvonne', 'Marloes', 'Kim', 'Linda', 'Saskia', 'Wendy', 'Judith',
  'Hanneke', 'Karin', 'Ellen', 'Nicole', 'Miriam', 'Willemijn', 'Roos', 'Noor', 'Tessa', 'Manon', 'Joyce', 'Bianca', 'Ilse',
  'Carla', 'Gerda', 'Marian', 'Jolanda', 'Astrid', 'Charlotte', 'Merel', 'Loes', 'Renske', 'Nadia', 'Fatima', 'Samira',
  'Ayşe', 'Elif', 'Priya', 'Shanti', 'Dewi', 'Zeynep', 'Naima', 'Chantal', 'Daniëlle', 'Mirjam', 'Geertje', 'Hilde', 'Irene',
]
const VOORNAMEN_M = [
  'Jan', 'Pieter', 'Kees', 'Henk', 'Gerrit', 'Willem', 'Johan', 'Erik', 'Marco', 'Martijn', 'Bas', 'Thijs', 'Sander', 'Jeroen',
  'Rob', 'Dennis', 'Mark', 'Paul', 'Frank', 'Ruud', 'Arjan', 'Bram', 'Daan', 'Luuk', 'Sem', 'Tim', 'Niels', 'Wouter', 'Joost',
  'Maarten', 'Vincent', 'Hans', 'Harm', 'Gert-Jan', 'Jan-Willem', 'Ronald', 'Richard', 'Stefan', 'Michiel', 'Koen', 'Rik',
  'Jasper', 'Hendrik', 'Bart', 'Dirk', 'Floris', 'Ties', 'Mohamed', 'Youssef', 'Ahmet', 'Mehmet', 'Emre', 'Karim', 'Rachid',
  'Rajesh', 'Sunil', 'Dion', 'Kevin', 'Roy', 'Jurgen', 'Edwin', 'Ferdinand', 'Auke', 'Sjoerd', 'Wietse', 'Hidde',
]
const TUSSENVOEGSELS = ['van', 'de', 'van der', 'van den', 'van de', 'ter', 'ten', 'van het', 'den', "in 't", 'op de']
const ACHTERNAMEN = [
  'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Mulder', 'Bos', 'Vos', 'Peters', 'Hendriks', 'Dekker', 'Brouwer', 'Dijkstra',
  'Smits', 'Janssen', 'Kok', 'Jacobs', 'Vermeulen', 'Willems', 'Schouten', 'Hoekstra', 'Koster', 'Prins', 'Huisman', 'Kuipers',
  'Postma', 'Kramer', 'Wolters', 'Timmermans', 'Maas', 'Verhoeven', 'Boer', 'Groot', 'Leeuwen', 'Veen', 'Berg', 'Wal', 'Linden',
  'Heuvel', 'Bosch', 'Dijk', 'Vries', 'Wit', 'Haan', 'Graaf', 'Jong', 'Hoek', 'Brink', 'Laan', 'Beek', 'Velde', 'Horst',
  'Kamp', 'Molen', 'Meer', 'Zanden', 'Wijk', 'Pol', 'Loon', 'Kempen', 'Gerritsen', 'Hermans', 'Martens', 'Evers', 'Sanders',
  'Claassen', 'Lammers', 'Wouters', 'Hofman', 'Koning', 'Scholten', 'Post', 'Zwart', 'Sluiter', 'Blom', 'Rutten', 'Verbeek',
  'Aalbers', 'Hulshof', 'Nijland', 'Oosterhof', 'Pasman', 'Roelofs', 'Stegeman', 'Tuinstra', 'Veldkamp', 'Wessels', 'Zijlstra',
  'Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Öztürk', 'El Amrani', 'Bouzid', 'Benali', 'El Idrissi', 'Haddou', 'Ramdin',
  'Kartosen', 'Soekhai', 'Pinas', 'Wijngaarde', 'Tjon', 'Sastrodikromo', 'Hartono', 'Lim', 'Nguyen', 'Kowalski',
]
/** Surnames that commonly take a tussenvoegsel ("de Vries", "van der Linden"). */
const MET_TUSSENVOEGSEL = new Set([
  'Boer', 'Groot', 'Leeuwen', 'Veen', 'Berg', 'Wal', 'Linden', 'Heuvel', 'Bosch', 'Dijk', 'Vries', 'Wit', 'Haan', 'Graaf',
  'Jong', 'Hoek', 'Brink', 'Laan', 'Beek', 'Velde', 'Horst', 'Kamp', 'Molen', 'Meer', 'Zanden', 'Wijk', 'Pol', 'Loon', 'Kempen',
])

export interface Naam {
  naam: string
  voornaam: string
  tussenvoegsel: string | null
  achternaam: string
  email: string
}

/** Hands out names with unique e-mail addresses at one domain. */
export class Namen {
  private readonly adressen = new Set<string>()

  constructor(private readonly rng: Rng, private readonly domein: string) {}

  volgende(): Naam {
    const voornaam = this.rng.kans(0.5) ? this.rng.kies(VOORNAMEN_V) : this.rng.kies(VOORNAMEN_M)
    const achternaam = this.rng.kies(ACHTERNAMEN)
    const tussenvoegsel = MET_TUSSENVOEGSEL.has(achternaam) ? this.rng.kies(TUSSENVOEGSELS) : null
    const naam = [voornaam, tussenvoegsel, achternaam].filter(Boolean).join(' ')
    const basis = `${voornaam[0]}.${[tussenvoegsel, achternaam].filter(Boolean).join('')}`
      .normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i').replace(/ş/g, 's').toLowerCase().replace(/[^a-z.]/g, '')
    let lokaal = basis
    for (let i = 2; this.adressen.has(lokaal); i++) lokaal = `${basis}${i}`
    this.adressen.add(lokaal)
    return { naam, voornaam, tussenvoegsel, achternaam, email: `${lokaal}@${this.domein}` }
  }
}
