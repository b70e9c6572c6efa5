// Opgaven for the demo organisation (issue 5): the three programmes of its programmabureau, with
// doelen, acties, voortgang and capacity claims on teams for the coming quarters, some answered by
// the teammanager and one beyond a team's capacity, so the heatmap and the conflicts have content.
// Seed 000/001: opgaven with an ambtelijk opdrachtgever, "bereiken" and "doen".
import { sql } from 'kysely'
import type { Db } from '../../db/database.ts'
import { vandaag } from '../../server/api-schemas.ts'
import { answerClaim, capaciteit, createClaims } from '../opgave/capaciteit.repository.ts'
import { kwartaalVan, kwartalen } from '../opgave/kwartaal.ts'
import { addRapportage, createOpgave } from '../opgave/opgave.repository.ts'
import { geldigOp } from '../organisatie/geldig.ts'

interface Functie { functie_id: string; naam: string; eenheid_id: string; eenheid: string }

const PROGRAMMAS = [
  { functie: 'Programmamanager Energietransitie', naam: 'Energietransitie', domein: 'fysiek', portefeuille: 'Duurzaamheid en Energietransitie', teams: ['Ruimtelijke Ontwikkeling', 'Vergunningverlening', 'Communicatie'],
    doel: 'Voorbeeld is in 2050 aardgasvrij; de eerste wijken gaan voor 2030 van het gas.', indicator: 'woningen van het aardgas af', meeteenheid: 'woningen', nul: 0, streef: 2500 },
  { functie: 'Programmamanager Wonen', naam: 'Wonen', domein: 'fysiek', portefeuille: 'Wonen', teams: ['Ruimtelijke Ontwikkeling', 'Grondzaken', 'Vastgoed'],
    doel: 'Genoeg betaalbare woningen voor starters, ouderen en gezinnen.', indicator: 'opgeleverde woningen', meeteenheid: 'woningen', nul: 0, streef: 1800 },
  { functie: 'Programmamanager Dienstverlening', naam: 'Dienstverlening', domein: 'bedrijfsvoering', portefeuille: 'Dienstverlening en Digitalisering', teams: ['Informatievoorziening', 'Klantcontactcentrum', 'Communicatie'],
    doel: 'Inwoners regelen hun zaken met de gemeente digitaal of dichtbij, in één keer goed.', indicator: 'klanttevredenheid', meeteenheid: 'rapportcijfer', nul: 7.1, streef: 8 },
] as const

export async function seedDemoOpgaven(db: Db, organisatieId: string): Promise<number> {
  const peildatum = vandaag()
  const functies = (await sql<Functie>`
    select fv.functie_id, fv.naam, fv.eenheid_id, ev.naam as eenheid
    from functie_versie fv join eenheid_versie ev on ev.eenheid_id = fv.eenheid_id
      and ${geldigOp('ev', peildatum)}
    where fv.organisatie_id = ${organisatieId} and ${geldigOp('fv', peildatum)}`.execute(db)).rows
  const functie = (naam: string) => functies.find((f) => f.naam === naam)
  const concernmanager = functies.find((f) => f.naam.toLowerCase().startsWith('concernmanager'))
  const portefeuilles = await db.selectFrom('portefeuille').select(['id', 'naam']).where('organisatie_id', '=', organisatieId).where(geldigOp('portefeuille', peildatum)).execute()
  const kw = kwartalen(kwartaalVan(peildatum), kwartaalVan(`${Number(peildatum.slice(0, 4)) + 1}${peildatum.slice(4)}`)).slice(1, 5)
  let aantal = 0
  for (const [i, p] of PROGRAMMAS.entries()) {
    const pm = functie(p.functie)
    if (!pm || !concernmanager) continue
    const teams = p.teams.map((naam) => functies.find((f) => f.eenheid === naam)).filter((f): f is Functie => f !== undefined)
    await db.transaction().execute(async (tx) => {
      const id = await createOpgave(tx, organisatieId, {
        naam: p.naam, soort: 'programma', maatschappelijkDoel: p.doel, domein: p.domein, ambtelijkOpdrachtgeverId: concernmanager.functie_id, opgavemanagerId: pm.functie_id,
        portefeuilleId: portefeuilles.find((x) => x.naam === p.portefeuille)?.id, status: 'actief', startdatum: `${peildatum.slice(0, 4)}-01-01`,
        einddatum: `${Number(peildatum.slice(0, 4)) + 4}-01-01`,
        doelen: [{ omschrijving: p.doel, indicator: p.indicator, meeteenheid: p.meeteenheid, nulwaarde: p.nul, streefwaarde: p.streef, streefdatum: `${Number(peildatum.slice(0, 4)) + 4}-01-01` }],
        acties: [
          { omschrijving: 'Plan van aanpak vaststellen in het directieteam', eigenaarFunctieId: pm.functie_id, deadline: `${peildatum.slice(0, 4)}-12-15` },
          { omschrijving: 'Partners en bewoners betrekken: eerste bijeenkomst', eigenaarFunctieId: pm.functie_id, deadline: `${Number(peildatum.slice(0, 4)) + 1}-03-01` },
        ],
        partners: [{ naam: 'Woningcorporatie Voorbeeld Wonen', soort: 'instelling', rol: 'mede-opdrachtgever' }, { naam: 'Bewonersplatform', soort: 'burgers' }],
      }, 'systeem')
      await addRapportage(tx, organisatieId, id, { periode: 'vorig trimester', oordeel: 'op_koers', toelichting: 'Het programma is gestart; de kernteams zijn bemand.' }, 'systeem')
      if (i === 1) await addRapportage(tx, organisatieId, id, { periode: 'dit trimester', oordeel: 'risico', toelichting: 'Te weinig capaciteit bij Ruimtelijke Ontwikkeling voor de planvorming.' }, 'systeem')
      for (const [j, team] of teams.entries()) {
        // The first team of each programme is asked for 60% of its bezetting: Ruimtelijke Ontwikkeling
        // is the first team of both Energietransitie and Wonen, so together they ask 120% of it, and the
        // concernmanager's conflicts view has a real conflict to rank (organisatiebesluit, concernmanager 4b).
        const bezet = (await capaciteit(tx, organisatieId, [team.eenheid_id], kw)).get(`${team.eenheid_id} ${kw[0]!}`)?.bezettingFte ?? 0
        const fte = j === 0 ? Math.max(1, Math.round(bezet * 6) / 10) : 1
        const ids = await createClaims(tx, organisatieId, id, { eenheidId: team.eenheid_id, kwartalen: kw.map((k) => ({ kwartaal: k, fte })), profiel: j === 0 ? 'beleidsadviseur' : 'adviseur' }, 'systeem')
        // The first two quarters of the second and third team are answered; the rest waits.
        if (j > 0) for (const claim of ids.slice(0, 2)) await answerClaim(tx, organisatieId, claim, { besluit: j === 1 ? 'toegekend' : 'deels', toegekendFte: j === 1 ? undefined : 0.5 }, 'systeem')
      }
      aantal += 1
    })
  }
  return aantal
}
