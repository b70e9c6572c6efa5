// Whose name the public pages may show. The Woo asks for the organisation, its working method and
// the contact details of each unit (Woo art. 3.3 lid 1d and 1e; Regeling actieve openbaarmaking
// 2.2.2), not for the names of the people who work there; publishing a civil servant's name on
// top of that is processing of personal data without a need (AVG art. 5 lid 1c, dataminimalisatie).
// So the public pages show functies ("Teammanager Financiën"), never the medewerker holding one.
//
// Public office holders are the exception: their names are public by law and by the nature of
// the office. The raadsleden are elected directly (Grondwet art. 129), the wethouders are appointed
// by the raad (Gemeentewet art. 35), the burgemeester by the Crown (art. 61), and the griffier (art. 107) and the
// gemeentesecretaris (art. 102) are appointed in a public decision; municipalities publish all of
// them. Fractievoorzitters are raadsleden. Roles that a wethouder fills as loco-burgemeester are
// shown as such. Everyone else, including concerndirecteuren and teammanagers, appears by functie.
//
// The rule is applied in SQL (publiek.repository.ts), so other names never leave the database for
// a public page.
export const PUBLIEKE_AMBTEN = ['burgemeester', 'wethouder', 'raadslid', 'fractievoorzitter', 'griffier', 'gemeentesecretaris'] as const

export type PubliekAmbt = (typeof PUBLIEKE_AMBTEN)[number]

export function isPubliekAmbt(roltype: string): roltype is PubliekAmbt {
  return (PUBLIEKE_AMBTEN as readonly string[]).includes(roltype)
}
