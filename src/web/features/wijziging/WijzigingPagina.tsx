// One wijziging: what it is, its acties, the preview of its diff (for a concept: exactly what
// vaststellen would do) or its result, and — for a concept — edit and apply with a confirm step.
import { useRef, useState } from 'react'
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react'
import { ApiFout, apiSend, apiUrl } from '../../api/client.ts'
import type { Wijziging, WijzigingDiff } from '../../api/types.ts'
import { useApi } from '../../api/use-api.ts'
import { useApp, useHref, usePaginaTitel } from '../../app/app-context.ts'
import { AppKnopLink } from '../../app/AppLink.tsx'
import { Kruimelpad } from '../../components/Kruimelpad.tsx'
import { ApiInhoud } from '../../components/Status.tsx'
import { ACTIE_SOORTEN, datum, tijdstip } from '../../lib/format.ts'
import { Voorvertoning } from './Voorvertoning.tsx'
import { statusBadge } from './WijzigingenPagina.tsx'

export function WijzigingPagina({ wijzigingId }: { wijzigingId: string }) {
  const { organisatieId } = useApp()
  const maakHref = useHref()
  const basis = `/organisaties/${organisatieId}/wijzigingen/${wijzigingId}`
  const wijziging = useApi<Wijziging>(apiUrl(basis))
  const voorvertoning = useApi<WijzigingDiff>(wijziging.data?.status === 'ingetrokken' ? null : apiUrl(`${basis}/voorvertoning`))
  const [bevestigen, setBevestigen] = useState(false)
  const [bezig, setBezig] = useState(false)
  const [melding, setMelding] = useState<{ soort: 'ok' | 'error'; tekst: string } | null>(null)
  const meldingRef = useRef<HTMLDivElement>(null)
  usePaginaTitel(wijziging.data?.titel ?? 'Wijziging')

  const kruimels = (titel: string) => [
    { label: 'Wijzigingen', href: maakHref({ pagina: 'wijzigingen', organisatieId }) },
    { label: titel, href: maakHref({ pagina: 'wijziging', organisatieId, wijzigingId }) },
  ]
  if (wijziging.data === null) return <><Kruimelpad stappen={kruimels('Wijziging')} /><Heading level={1}>Wijziging</Heading><ApiInhoud stand={wijziging} wat="De wijziging">{() => null}</ApiInhoud></>
  const w = wijziging.data

  const stelVast = async () => {
    setBezig(true)
    try {
      await apiSend<Wijziging>('POST', apiUrl(`${basis}/vaststelling`))
      setMelding({ soort: 'ok', tekst: `De wijziging is vastgesteld en geldt vanaf ${datum(w.ingangsdatum)}.` })
      wijziging.opnieuw()
      voorvertoning.opnieuw()
    } catch (fout) {
      setMelding({ soort: 'error', tekst: fout instanceof ApiFout ? fout.message : 'Vaststellen lukte niet.' })
    } finally {
      setBezig(false)
      setBevestigen(false)
      window.setTimeout(() => meldingRef.current?.focus(), 0)
    }
  }

  return (
    <>
      <Kruimelpad stappen={kruimels(w.titel)} />
      <div className="koers-paginakop">
        <div>
          <span className="koers-bovenschrift">Wijziging</span>
          <Heading level={1}>{w.titel}</Heading>
          <Paragraph className="koers-ondertitel">
            {statusBadge(w.status)} · ingangsdatum {datum(w.ingangsdatum)}
            {w.vastgesteldOp && <> · vastgesteld op {tijdstip(w.vastgesteldOp)}</>}
          </Paragraph>
        </div>
        {w.status === 'concept' && (
          <div className="koers-acties">
            <AppKnopLink href={maakHref({ pagina: 'wijziging-bewerken', organisatieId, wijzigingId })}>Bewerken</AppKnopLink>
            <Button appearance="primary-action-button" onClick={() => setBevestigen(true)} disabled={bevestigen || bezig}>Vaststellen…</Button>
          </div>
        )}
      </div>
      <div ref={meldingRef} tabIndex={-1}>
        {melding && <Alert type={melding.soort} role={melding.soort === 'ok' ? 'status' : 'alert'}><Paragraph>{melding.tekst}</Paragraph></Alert>}
      </div>
      {bevestigen && (
        <Alert type="warning">
          <Heading level={2}>Wijziging vaststellen?</Heading>
          <Paragraph>{w.acties.length === 1 ? 'De actie wordt' : `Alle ${w.acties.length} acties worden`} in één keer toegepast per {datum(w.ingangsdatum)}. Een vastgestelde wijziging kan niet meer worden bewerkt. Bekijk eerst de voorvertoning hieronder.</Paragraph>
          <div className="koers-acties">
            <Button appearance="primary-action-button" onClick={stelVast} busy={bezig} disabled={bezig} autoFocus>Ja, vaststellen</Button>
            <Button appearance="secondary-action-button" onClick={() => setBevestigen(false)} disabled={bezig}>Annuleren</Button>
          </div>
        </Alert>
      )}
      {w.toelichting && <Paragraph appearance="lead">{w.toelichting}</Paragraph>}
      <div className="koers-kolommen">
        <section className="koers-paneel" aria-labelledby="diff-kop" aria-busy={voorvertoning.status === 'laden'}>
          <Heading level={2} id="diff-kop">{w.status === 'vastgesteld' ? 'Resultaat' : 'Voorvertoning'}</Heading>
          {w.status === 'concept' && <Paragraph className="koers-klein">Zo ziet de organisatie er op {datum(w.ingangsdatum)} uit als deze wijziging wordt vastgesteld.</Paragraph>}
          {w.status === 'ingetrokken' ? <Paragraph className="koers-leeg">Deze wijziging is ingetrokken en nooit toegepast.</Paragraph> : (
            <div aria-live="polite">
              <ApiInhoud stand={voorvertoning} wat="De voorvertoning" foutTitel="De voorvertoning lukt niet" niveau={3}>
                {(diff) => <Voorvertoning diff={diff} vastgesteld={w.status === 'vastgesteld'} />}
              </ApiInhoud>
            </div>
          )}
        </section>
        <section className="koers-paneel" aria-labelledby="acties-kop">
          <Heading level={2} id="acties-kop">Acties ({w.acties.length})</Heading>
          <ol className="koers-lijst-plat">
            {w.acties.map((a, i) => (
              <li key={i}><strong>{i + 1}. {ACTIE_SOORTEN[a.soort]}</strong>{'naam' in a ? <>: {a.naam}</> : null}</li>
            ))}
          </ol>
          <Paragraph className="koers-klein">Aangemaakt op {tijdstip(w.aangemaaktOp)}, laatst gewijzigd op {tijdstip(w.gewijzigdOp)}.</Paragraph>
        </section>
      </div>
    </>
  )
}
