// Organogram: the server-rendered picture (tree or honeycomb) at the peildatum, with zoom, pan,
// collapse/expand, click-through, exports (SVG, PNG, PDF A4/A3 landscape) and a text alternative.
import { useEffect, useState } from 'react'
import { Alert, Button, FormLabel, Heading, Paragraph, Select, SelectOption } from '@utrecht/component-library-react'
import { API_BASE, apiUrl } from '../../api/client.ts'
import type { Boom } from '../../api/types.ts'
import { useApi } from '../../api/use-api.ts'
import { useApp, useHref, usePaginaTitel } from '../../app/app-context.ts'
import { navigeer, useLocatie } from '../../app/navigation.ts'
import { metQuery } from '../../app/routes.ts'
import { ApiInhoud, Laden } from '../../components/Status.tsx'
import { datum } from '../../lib/format.ts'
import { OrganogramLijst } from './OrganogramLijst.tsx'
import { OrganogramViewer } from './OrganogramViewer.tsx'
import { organogramKeuzeUit, wisselIngeklapt } from './viewport.ts'

type SvgStand = { status: 'laden' } | { status: 'klaar'; svg: string } | { status: 'fout'; bericht: string; ontbreekt: boolean }

export function OrganogramPagina() {
  const { organisatieId, organisatie, peildatumOfVandaag } = useApp()
  const maakHref = useHref()
  const locatie = useLocatie()
  const keuze = organogramKeuzeUit(locatie.search)
  usePaginaTitel('Organogram')
  const zet = (waarden: Record<string, string | null>) => navigeer(metQuery(locatie.pathname + locatie.search, waarden), { replace: true })

  const query = { peildatum: peildatumOfVandaag, weergave: keuze.weergave, niveaus: keuze.niveaus, ingeklapt: keuze.ingeklapt.join(',') }
  const organogramUrl = (extra: Record<string, string | boolean>) => apiUrl(`/organisaties/${organisatieId}/organogram`, { ...query, ...extra })
  const svgUrl = organogramUrl({ formaat: 'svg' })
  const [svg, setSvg] = useState<SvgStand>({ status: 'laden' })
  useEffect(() => {
    const controller = new AbortController()
    setSvg({ status: 'laden' })
    fetch(svgUrl, { signal: controller.signal, headers: { Accept: 'image/svg+xml, application/problem+json' } }).then(async (r) => {
      if (r.ok) return setSvg({ status: 'klaar', svg: await r.text() })
      const probleem = (await r.json().catch(() => null)) as { detail?: string } | null
      setSvg({ status: 'fout', ontbreekt: r.status === 404, bericht: probleem?.detail ?? `De server antwoordde met status ${r.status}.` })
    }, (e: Error) => { if (e.name !== 'AbortError') setSvg({ status: 'fout', ontbreekt: false, bericht: 'De server is niet bereikbaar.' }) })
    return () => controller.abort()
  }, [svgUrl])
  const boom = useApi<Boom>(apiUrl(`/organisaties/${organisatieId}/boom`, { peildatum: peildatumOfVandaag }))

  const beschrijving = `Organogram van ${organisatie?.naam ?? 'de organisatie'} op ${datum(peildatumOfVandaag)}, als ${keuze.weergave === 'boom' ? 'boom' : 'honingraat'}. Functionele lijnen zijn gestippeld. De structuur staat ook als lijst onder de tekening.`
  const exporten: [string, Record<string, string | boolean>][] = [
    ['SVG downloaden', { formaat: 'svg' }],
    ['PNG downloaden', { formaat: 'png' }],
    ['PDF A4 liggend downloaden', { formaat: 'pdf', papier: 'A4' }],
    ['PDF A3 liggend downloaden', { formaat: 'pdf', papier: 'A3' }],
  ]

  return (
    <>
      <div className="koers-paginakop">
        <div>
          <Heading level={1}>Organogram</Heading>
          <Paragraph className="koers-ondertitel">{organisatie?.naam ?? ''} op {datum(peildatumOfVandaag)}</Paragraph>
        </div>
      </div>
      <section className="koers-paneel" aria-labelledby="tekening-kop">
        <Heading level={2} id="tekening-kop" className="koers-visueel-verborgen">Tekening</Heading>
        <div className="koers-organogram-bediening">
          <fieldset>
            <legend>Weergave</legend>
            <div className="koers-knopgroep">
              <Button appearance="secondary-action-button" pressed={keuze.weergave === 'boom'} onClick={() => zet({ weergave: null })}>Boom</Button>
              <Button appearance="secondary-action-button" pressed={keuze.weergave === 'honingraat'} onClick={() => zet({ weergave: 'honingraat' })}>Honingraat</Button>
            </div>
          </fieldset>
          <div>
            <FormLabel htmlFor="organogram-niveaus">Niveaus</FormLabel>
            <Select id="organogram-niveaus" value={keuze.niveaus === null ? '' : String(keuze.niveaus)} onChange={(e) => zet({ niveaus: e.target.value || null })}>
              <SelectOption value="">Alle niveaus</SelectOption>
              {[1, 2, 3, 4, 5, 6].map((n) => <SelectOption key={n} value={String(n)}>{n} {n === 1 ? 'niveau' : 'niveaus'}</SelectOption>)}
            </Select>
          </div>
          {(keuze.ingeklapt.length > 0 || keuze.niveaus !== null) && <Button appearance="subtle-button" onClick={() => zet({ ingeklapt: null, niveaus: null })}>Alles uitklappen</Button>}
        </div>
        <div aria-live="polite" aria-busy={svg.status === 'laden'}>
          {svg.status === 'laden' && <Laden wat="Het organogram" />}
          {svg.status === 'fout' && (
            <Alert type={svg.ontbreekt ? 'warning' : 'error'}>
              <Heading level={3}>{svg.ontbreekt ? 'De tekening is (nog) niet beschikbaar' : 'De tekening kon niet worden geladen'}</Heading>
              <Paragraph>{svg.bericht} De structuur staat hieronder als lijst.</Paragraph>
            </Alert>
          )}
        </div>
        {svg.status === 'klaar' && <OrganogramViewer svg={svg.svg} beschrijving={beschrijving} onEenheid={(id) => navigeer(maakHref({ pagina: 'eenheid', organisatieId, eenheidId: id }))} />}
      </section>
      <div className="koers-kolommen">
        <section className="koers-paneel koers-tekstalternatief" aria-labelledby="lijst-kop">
          <Heading level={2} id="lijst-kop">De structuur als lijst</Heading>
          <Paragraph className="koers-klein">Dezelfde eenheden als in de tekening. In- of uitklappen hier tekent het organogram opnieuw.</Paragraph>
          <ApiInhoud stand={boom} wat="De structuur" niveau={3}>
            {(data) => <OrganogramLijst boom={data} ingeklapt={keuze.ingeklapt} niveaus={keuze.niveaus}
              onWissel={(id) => zet({ ingeklapt: wisselIngeklapt(keuze.ingeklapt, id).join(',') || null })} />}
          </ApiInhoud>
        </section>
        <section className="koers-paneel koers-export" aria-labelledby="export-kop">
          <Heading level={2} id="export-kop">Exporteren</Heading>
          <Paragraph className="koers-klein">Zoals nu getoond: {keuze.weergave}, op {datum(peildatumOfVandaag)}. Geschikt om te publiceren en te printen.</Paragraph>
          <ul className="koers-lijst-plat">
            {exporten.map(([label, extra]) => (
              <li key={label}><a className="utrecht-link" href={organogramUrl({ ...extra, download: true })} download>{label}</a></li>
            ))}
          </ul>
          <Paragraph className="koers-klein">Openbare versie zonder inloggen: <a className="utrecht-link" href="/organisatie">de organisatiepagina</a>. API: <code className="koers-code">{API_BASE}/organisaties/…/organogram</code></Paragraph>
        </section>
      </div>
    </>
  )
}
