// The mandates every organisatie starts with, derived from the organisatiebesluit (seed 004) and
// the role descriptions in PRODUCT.md. They are data: the functioneel beheerder edits them per
// organisatie (…/mandaten); this list only seeds them. Reading the organisation needs no mandate:
// everyone who holds a functie in an organisatie may read it (see rechten.ts).
import type { Tx } from '../../db/database.ts'
import type { MandaatScope } from '../../db/schema.ts'
import type { Handeling } from './handelingen.ts'

export interface MandaatDefinitie {
  roltype: string
  handeling: Handeling
  scope: MandaatScope
  bron: string
}

const m = (roltype: string, handeling: Handeling, scope: MandaatScope, bron: string): MandaatDefinitie => ({ roltype, handeling, scope, bron })

export const MANDATEN_ORGANISATIEBESLUIT: readonly MandaatDefinitie[] = [
  // organisatiebesluit, gemeentesecretaris 2: ambtelijk eindverantwoordelijk voor het functioneren
  // en de kwaliteit van de ambtelijke organisatie; ¹: mag bij alle medewerkers inlichtingen inwinnen.
  m('gemeentesecretaris', 'wijziging.opstellen', 'organisatie', 'organisatiebesluit, gemeentesecretaris 2'),
  m('gemeentesecretaris', 'wijziging.vaststellen', 'organisatie', 'organisatiebesluit, gemeentesecretaris 2'),
  m('gemeentesecretaris', 'functie.beheren', 'organisatie', 'organisatiebesluit, gemeentesecretaris 2'),
  m('gemeentesecretaris', 'bezetting.beheren', 'organisatie', 'organisatiebesluit, gemeentesecretaris 2'),
  m('gemeentesecretaris', 'persoon.beheren', 'organisatie', 'organisatiebesluit, gemeentesecretaris 2'),
  m('gemeentesecretaris', 'audit.lezen', 'organisatie', 'organisatiebesluit, gemeentesecretaris ¹'),
  // organisatiebesluit, concernmanager 1: verantwoordelijk voor het functioneren en de kwaliteit van
  // de teams en concernbrede sturing.
  m('concernmanager', 'wijziging.opstellen', 'organisatie', 'organisatiebesluit, concernmanager 1'),
  m('concernmanager', 'bezetting.beheren', 'organisatie', 'organisatiebesluit, concernmanager 1'),
  m('concernmanager', 'persoon.beheren', 'organisatie', 'organisatiebesluit, concernmanager 1'),
  m('concernmanager', 'audit.lezen', 'organisatie', 'organisatiebesluit, concernmanager 1'),
  // organisatiebesluit, gemeentesecretaris 3 (strategic steering) and concernmanager 3 (ambtelijk
  // opdrachtgever) and 4b (aanbrengen van focus door prioriteiten te stellen). Whoever holds the
  // opgave's ambtelijk opdrachtgever or opgavemanager functie manages that opgave too (authorize: houders).
  m('gemeentesecretaris', 'opgave.beheren', 'organisatie', 'organisatiebesluit, gemeentesecretaris 3'),
  m('gemeentesecretaris', 'opgave.prioriteren', 'organisatie', 'organisatiebesluit, gemeentesecretaris 3'),
  m('concernmanager', 'opgave.beheren', 'organisatie', 'organisatiebesluit, concernmanager 3'),
  m('concernmanager', 'opgave.prioriteren', 'organisatie', 'organisatiebesluit, concernmanager 4b'),
  // Issue 6. organisatiebesluit, structurele overleggen 3: the gemeentesecretaris chairs MT and DT;
  // gemeentesecretaris 1 (secretaris van het college) and 11 (afstemming college, raad, organisatie);
  // gemeentesecretaris 10: bestuurder in de zin van de WOR. The griffier supports the raad
  // (Gemeentewet art. 107a). The chair of an overleg manages its meetings too (authorize: houders).
  m('gemeentesecretaris', 'overleg.beheren', 'organisatie', 'organisatiebesluit, gemeentesecretaris 11'),
  m('gemeentesecretaris', 'vergadering.beheren', 'organisatie', 'organisatiebesluit, structurele overleggen 3'),
  m('gemeentesecretaris', 'voorstel.routeren', 'organisatie', 'organisatiebesluit, gemeentesecretaris 1'),
  m('gemeentesecretaris', 'or.beheren', 'organisatie', 'organisatiebesluit, gemeentesecretaris 10'),
  m('griffier', 'vergadering.beheren', 'organisatie', 'Gemeentewet art. 107a: de griffier staat de raad bij'),
  m('griffier', 'voorstel.routeren', 'organisatie', 'Gemeentewet art. 107a: de griffier staat de raad bij'),
  m('functioneel_beheerder', 'overleg.beheren', 'organisatie', 'PRODUCT.md: functioneel beheerder'),
  // A concerndirecteur steers their own domain (seed 000: concerndirectie met aandachtsgebieden).
  m('concerndirecteur', 'bezetting.beheren', 'subboom', 'seed 000, concerndirecteur met aandachtsgebied'),
  m('concerndirecteur', 'audit.lezen', 'subboom', 'seed 000, concerndirecteur met aandachtsgebied'),
  // organisatiebesluit, teammanager 1 (inzet van personeel) and 2 (HR-verantwoordelijk voor de
  // medewerkers van het team), 4f (inzet op de capaciteitsvraag van opgaven), 4g (goedkeuren van
  // voorstellen voor agendering in het college van b&w).
  m('teammanager', 'bezetting.beheren', 'eigen_eenheid', 'organisatiebesluit, teammanager 1 en 2'),
  m('teammanager', 'audit.lezen', 'eigen_eenheid', 'organisatiebesluit, teammanager 1'),
  m('teammanager', 'capaciteit.toezeggen', 'eigen_eenheid', 'organisatiebesluit, teammanager 4f'),
  m('teammanager', 'voorstel.agenderen', 'eigen_eenheid', 'organisatiebesluit, teammanager 4g'),
  // PRODUCT.md, who uses it: the functioneel beheerder keeps organisations, accounts, imports, settings.
  m('functioneel_beheerder', 'account.beheren', 'organisatie', 'PRODUCT.md: functioneel beheerder'),
  m('functioneel_beheerder', 'mandaat.beheren', 'organisatie', 'PRODUCT.md: functioneel beheerder'),
  m('functioneel_beheerder', 'samenwerkingsafspraak.beheren', 'organisatie', 'PRODUCT.md: functioneel beheerder'),
  m('functioneel_beheerder', 'huisstijl.beheren', 'organisatie', 'PRODUCT.md: functioneel beheerder'),
  m('functioneel_beheerder', 'audit.lezen', 'organisatie', 'PRODUCT.md: functioneel beheerder'),
]

/** Seeds the standard mandates an organisatie lacks (by roltype and handeling). */
export async function ensureMandaten(tx: Tx, organisatieId: string, roltypen: Map<string, string>, vanaf: string): Promise<void> {
  const bestaand = await tx.selectFrom('mandaat').select(['roltype_id', 'handeling']).where('organisatie_id', '=', organisatieId).execute()
  const heeft = new Set(bestaand.map((r) => `${r.roltype_id} ${r.handeling}`))
  const nieuw = MANDATEN_ORGANISATIEBESLUIT.flatMap((d) => {
    const roltypeId = roltypen.get(d.roltype)
    if (!roltypeId || heeft.has(`${roltypeId} ${d.handeling}`)) return []
    return [{ organisatie_id: organisatieId, roltype_id: roltypeId, handeling: d.handeling, scope: d.scope, bron: d.bron, geldig_van: vanaf }]
  })
  if (nieuw.length > 0) await tx.insertInto('mandaat').values(nieuw).execute()
}
