// The diff of a wijziging on its ingangsdatum: eenheden created, ended, renamed and moved;
// functies moved and ended; and the people it affects.
import { Heading, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react'
import type { WijzigingDiff } from '../../api/types.ts'
import { useApp, useHref } from '../../app/app-context.ts'
import { href } from '../../app/routes.ts'
import { AppLink } from '../../app/AppLink.tsx'
import { OPHEFFING_REDEN, PERSOON_REDEN, eenheidSoort } from '../../lib/format.ts'

export function Voorvertoning({ diff, niveau = 3, vastgesteld }: { diff: WijzigingDiff; niveau?: number; vastgesteld: boolean }) {
  const { organisatieId } = useApp()
  const maakHref = useHref()
  // Links to eenheden open them on the ingangsdatum, so new ones exist and ended ones are shown as they were before.
  const eenheid = (e: { id: string; naam: string } | null, opDag = diff.ingangsdatum) => e
    ? <AppLink href={href({ pagina: 'eenheid', organisatieId, eenheidId: e.id }, opDag)}>{e.naam}</AppLink>
    : <span className="koers-leeg">bovenaan</span>
  const dagErvoor = vorigeDag(diff.ingangsdatum)
  const { eenheden: e, functies: f, personen } = diff
  const leeg = e.aangemaakt.length + e.opgeheven.length + e.hernoemd.length + e.verplaatst.length + f.verplaatst.length + f.opgeheven.length === 0
  const H = ({ children }: { children: string }) => <Heading level={niveau}>{children}</Heading>
  return (
    <div className="koers-diff">
      {leeg && <Paragraph className="koers-leeg">Deze wijziging verandert niets aan de structuur.</Paragraph>}
      {e.aangemaakt.length > 0 && <><H>{`Nieuwe eenheden (${e.aangemaakt.length})`}</H>
        <ul className="koers-lijst-plat">{e.aangemaakt.map((x) => <li key={x.id}>{eenheid(x)} <span className="koers-klein">{eenheidSoort(x.soort)}, onder {x.boven ? x.boven.naam : 'niets (bovenaan)'}</span></li>)}</ul></>}
      {e.opgeheven.length > 0 && <><H>{`Opgeheven eenheden (${e.opgeheven.length})`}</H>
        <ul className="koers-lijst-plat">{e.opgeheven.map((x) => <li key={x.id}>{eenheid(x, dagErvoor)} <span className="koers-klein">{OPHEFFING_REDEN[x.reden] ?? x.reden}</span></li>)}</ul></>}
      {e.hernoemd.length > 0 && <><H>{`Hernoemde eenheden (${e.hernoemd.length})`}</H>
        <ul className="koers-lijst-plat">{e.hernoemd.map((x) => <li key={x.id}>{x.van} → {eenheid({ id: x.id, naam: x.naar })}</li>)}</ul></>}
      {e.verplaatst.length > 0 && <><H>{`Verplaatste eenheden (${e.verplaatst.length})`}</H>
        <ul className="koers-lijst-plat">{e.verplaatst.map((x) => <li key={x.id}>{eenheid(x)} <span className="koers-klein">van {x.van?.naam ?? 'bovenaan'} naar {x.naar?.naam ?? 'bovenaan'}</span></li>)}</ul></>}
      {f.verplaatst.length > 0 && <><H>{`Verplaatste functies (${f.verplaatst.length})`}</H>
        <ul className="koers-lijst-plat">{f.verplaatst.map((x) => <li key={x.id}>{x.naam} <span className="koers-klein">van {x.vanEenheid.naam} naar {x.naarEenheid.naam}</span></li>)}</ul></>}
      {f.opgeheven.length > 0 && <><H>{`Vervallen functies (${f.opgeheven.length})`}</H>
        <ul className="koers-lijst-plat">{f.opgeheven.map((x) => <li key={x.id}>{x.naam} <span className="koers-klein">in {x.eenheid.naam}</span></li>)}</ul></>}
      <H>{`Geraakte personen (${personen.length})`}</H>
      {personen.length === 0 ? <Paragraph className="koers-leeg">Niemand merkt deze wijziging in zijn of haar functie.</Paragraph> : (
        <div className="koers-tabel-wrapper">
          <Table>
            <TableCaption className="koers-visueel-verborgen">Personen die de wijziging {vastgesteld ? 'raakte' : 'raakt'}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Persoon</TableHeaderCell>
                <TableHeaderCell scope="col">Functie</TableHeaderCell>
                <TableHeaderCell scope="col">Wat er verandert</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {personen.map((p) => (
                <TableRow key={`${p.id}-${p.functie.id}`}>
                  <TableCell><AppLink href={maakHref({ pagina: 'persoon', organisatieId, persoonId: p.id })}>{p.naam}</AppLink></TableCell>
                  <TableCell>{p.functie.naam}</TableCell>
                  <TableCell>{PERSOON_REDEN[p.reden] ?? p.reden}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </div>
  )
}

function vorigeDag(d: string): string {
  const t = new Date(`${d}T00:00:00Z`)
  t.setUTCDate(t.getUTCDate() - 1)
  return t.toISOString().slice(0, 10)
}
