// Draft a wijziging (new, or edit a concept): titel, toelichting, ingangsdatum and acties of each
// soort, eenheden and functies picked by searching. Saving sends it to the API; every field the
// problem+json names gets its message next to it, with a summary on top that links to the fields.
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { Alert, Button, FormLabel, Heading, Paragraph, Select, SelectOption, Textarea, Textbox } from '@utrecht/component-library-react'
import { ApiFout, apiGet, apiSend, apiUrl } from '../../api/client.ts'
import { veldFoutenUit, veldId, type VeldFouten } from '../../api/problem.ts'
import type { ActieSoort, Boom, Functie, Wijziging } from '../../api/types.ts'
import { useApp, useHref, usePaginaTitel } from '../../app/app-context.ts'
import { navigeer } from '../../app/navigation.ts'
import { Kruimelpad } from '../../components/Kruimelpad.tsx'
import { Foutmelding, Laden } from '../../components/Status.tsx'
import { ACTIE_SOORTEN, vandaag } from '../../lib/format.ts'
import { alleVelden, metKiesMeldingen, naarInvoer, nieuweActie, nieuweEenheden, uitWijziging, type WijzigingConcept } from './acties-formulier.ts'
import { ActieVelden } from './ActieVelden.tsx'
import { VeldFout } from './VeldFout.tsx'

const LEEG: WijzigingConcept = { titel: '', toelichting: '', ingangsdatum: '', acties: [] }

export function WijzigingBewerkenPagina({ wijzigingId }: { wijzigingId: string | null }) {
  const { organisatieId } = useApp()
  const maakHref = useHref()
  const [concept, setConcept] = useState<WijzigingConcept | null>(wijzigingId ? null : { ...LEEG, ingangsdatum: eersteVanVolgendeMaand() })
  const [laadFout, setLaadFout] = useState<string | null>(null)
  const [fouten, setFouten] = useState<VeldFouten>({ velden: {}, algemeen: [] })
  const [bezig, setBezig] = useState(false)
  const [nieuweSoort, setNieuweSoort] = useState<ActieSoort>('eenheidAanmaken')
  const samenvatting = useRef<HTMLDivElement>(null)
  usePaginaTitel(wijzigingId ? 'Wijziging bewerken' : 'Nieuwe wijziging')

  useEffect(() => {
    if (!wijzigingId) return
    const basis = `/organisaties/${organisatieId}`
    void (async () => {
      try {
        const w = await apiGet<Wijziging>(apiUrl(`${basis}/wijzigingen/${wijzigingId}`))
        const boom = await apiGet<Boom>(apiUrl(`${basis}/boom`, { peildatum: w.ingangsdatum }))
        const namen = new Map(boom.eenheden.map((e) => [e.id, e.naam]))
        const functieIds = w.acties.flatMap((a) => (a.soort === 'functieVerplaatsen' ? [a.functieId] : []))
        await Promise.all(functieIds.map(async (id) => {
          const f = await apiGet<Functie>(apiUrl(`${basis}/functies/${id}`, { peildatum: w.ingangsdatum })).catch(() => null)
          if (f) namen.set(id, `${f.naam} (${f.eenheid.naam})`)
        }))
        setConcept(uitWijziging(w, (id) => namen.get(id) ?? id))
      } catch (fout) {
        setLaadFout(fout instanceof ApiFout ? fout.message : 'De wijziging kon niet worden geladen.')
      }
    })()
  }, [organisatieId, wijzigingId])

  const kruimels = [
    { label: 'Wijzigingen', href: maakHref({ pagina: 'wijzigingen', organisatieId }) },
    ...(wijzigingId ? [{ label: 'Wijziging', href: maakHref({ pagina: 'wijziging', organisatieId, wijzigingId }) }] : []),
    { label: wijzigingId ? 'Bewerken' : 'Nieuw', href: wijzigingId ? maakHref({ pagina: 'wijziging-bewerken', organisatieId, wijzigingId }) : maakHref({ pagina: 'wijziging-nieuw', organisatieId }) },
  ]
  const titel = wijzigingId ? 'Wijziging bewerken' : 'Nieuwe wijziging'
  if (laadFout) return <><Kruimelpad stappen={kruimels} /><Heading level={1}>{titel}</Heading><Foutmelding bericht={laadFout} /></>
  if (!concept) return <><Kruimelpad stappen={kruimels} /><Heading level={1}>{titel}</Heading><Laden wat="De wijziging" /></>

  const zet = (deel: Partial<WijzigingConcept>) => setConcept({ ...concept, ...deel })
  const v = fouten.velden
  const aantalFouten = fouten.algemeen.length + Object.values(v).reduce((n, r) => n + r.length, 0)

  const bewaar = async (event: FormEvent) => {
    event.preventDefault()
    setBezig(true)
    try {
      const invoer = naarInvoer(concept)
      const w = wijzigingId
        ? await apiSend<Wijziging>('PUT', apiUrl(`/organisaties/${organisatieId}/wijzigingen/${wijzigingId}`), invoer)
        : await apiSend<Wijziging>('POST', apiUrl(`/organisaties/${organisatieId}/wijzigingen`), invoer)
      navigeer(maakHref({ pagina: 'wijziging', organisatieId, wijzigingId: w.id }))
    } catch (fout) {
      const probleem = fout instanceof ApiFout ? fout.probleem : null
      const gevonden = probleem ? veldFoutenUit(probleem, alleVelden(concept)) : { velden: {}, algemeen: [(fout as Error).message] }
      setFouten({ ...gevonden, velden: metKiesMeldingen(gevonden.velden) })
      setBezig(false)
      window.setTimeout(() => samenvatting.current?.focus(), 0)
    }
  }

  return (
    <>
      <Kruimelpad stappen={kruimels} />
      <Heading level={1}>{titel}</Heading>
      <Paragraph appearance="lead">Een wijziging bundelt acties die samen ingaan op de ingangsdatum. Zij blijft concept tot zij wordt vastgesteld.</Paragraph>
      {aantalFouten > 0 && (
        <div ref={samenvatting} tabIndex={-1} className="koers-fout-samenvatting">
          <Alert type="error" role="alert">
            <Heading level={2}>De wijziging is niet bewaard: {aantalFouten === 1 ? '1 fout' : `${aantalFouten} fouten`}</Heading>
            <ul>
              {fouten.algemeen.map((f) => <li key={f}>{f}</li>)}
              {Object.entries(v).map(([veld, redenen]) => (
                <li key={veld}><a className="utrecht-link" href={`#${veldId(veld)}`}>{veldLabel(veld, concept)}</a>: {redenen.join(' ')}</li>
              ))}
            </ul>
          </Alert>
        </div>
      )}
      <form onSubmit={bewaar} noValidate>
        <section className="koers-paneel" aria-labelledby="algemeen-kop">
          <Heading level={2} id="algemeen-kop">Algemeen</Heading>
          <Veld naam="titel" label="Titel" fouten={v.titel}>
            {(p) => <Textbox {...p} value={concept.titel} onChange={(e) => zet({ titel: e.target.value })} />}
          </Veld>
          <Veld naam="toelichting" label="Toelichting" fouten={v.toelichting}>
            {(p) => <Textarea {...p} rows={4} value={concept.toelichting} onChange={(e) => zet({ toelichting: e.target.value })} />}
          </Veld>
          <Veld naam="ingangsdatum" label="Ingangsdatum" fouten={v.ingangsdatum}>
            {(p) => <Textbox {...p} type="date" value={concept.ingangsdatum} onChange={(e) => zet({ ingangsdatum: e.target.value })} />}
          </Veld>
        </section>
        <section className="koers-paneel" aria-labelledby="acties-kop">
          <Heading level={2} id="acties-kop">Acties ({concept.acties.length})</Heading>
          <VeldFout id={veldId('acties')} fouten={v.acties} />
          {concept.acties.length === 0 && <Paragraph className="koers-leeg">Nog geen acties. Voeg hieronder de eerste toe.</Paragraph>}
          {concept.acties.map((a, i) => (
            <ActieVelden key={`${i}-${a.soort}-${a.sleutel}`} actie={a} index={i} ingangsdatum={concept.ingangsdatum || vandaag()} nieuw={nieuweEenheden(concept.acties, i)} fouten={v}
              onWijzig={(nieuw) => zet({ acties: concept.acties.map((x, j) => (j === i ? nieuw : x)) })}
              onVerwijder={() => zet({ acties: concept.acties.filter((_, j) => j !== i) })} />
          ))}
          <div className="koers-acties">
            <div className="utrecht-form-field utrecht-form-field--text">
              <div className="utrecht-form-field__label"><FormLabel htmlFor="nieuwe-actie-soort">Soort actie</FormLabel></div>
              <Select id="nieuwe-actie-soort" value={nieuweSoort} onChange={(e) => setNieuweSoort(e.target.value as ActieSoort)}>
                {(Object.keys(ACTIE_SOORTEN) as ActieSoort[]).map((s) => <SelectOption key={s} value={s}>{ACTIE_SOORTEN[s]}</SelectOption>)}
              </Select>
            </div>
            <Button appearance="secondary-action-button" onClick={() => zet({ acties: [...concept.acties, nieuweActie(nieuweSoort, concept.acties.map((a) => a.sleutel))] })}>Actie toevoegen</Button>
          </div>
        </section>
        <div className="koers-acties">
          <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>{bezig ? 'Bezig met bewaren…' : 'Concept bewaren'}</Button>
          <Button appearance="subtle-button" onClick={() => navigeer(wijzigingId ? maakHref({ pagina: 'wijziging', organisatieId, wijzigingId }) : maakHref({ pagina: 'wijzigingen', organisatieId }))}>Annuleren</Button>
        </div>
      </form>
    </>
  )
}

function Veld({ naam, label, fouten, children }: {
  naam: string; label: string; fouten?: string[] | undefined
  children: (p: { id: string; invalid: boolean; 'aria-describedby'?: string }) => React.ReactNode
}) {
  const id = veldId(naam)
  return (
    <div className={`utrecht-form-field utrecht-form-field--text${fouten?.length ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label"><FormLabel htmlFor={id}>{label}</FormLabel></div>
      <div className="utrecht-form-field__input">{children({ id, invalid: Boolean(fouten?.length), ...(fouten?.length ? { 'aria-describedby': `${id}-fout` } : {}) })}</div>
      <VeldFout id={`${id}-fout`} fouten={fouten} />
    </div>
  )
}

/** "acties.1.naam" → "Actie 2: naam", for the error summary. */
function veldLabel(veld: string, concept: WijzigingConcept): string {
  const m = /^acties\.(\d+)(?:\.(.+))?$/.exec(veld)
  if (!m) return ({ titel: 'Titel', toelichting: 'Toelichting', ingangsdatum: 'Ingangsdatum', acties: 'Acties' } as Record<string, string>)[veld] ?? veld
  const actie = concept.acties[Number(m[1])]
  const soort = actie ? ACTIE_SOORTEN[actie.soort].toLowerCase() : 'actie'
  return `Actie ${Number(m[1]) + 1} (${soort})${m[2] ? `: ${m[2]}` : ''}`
}

function eersteVanVolgendeMaand(): string {
  const [j, m] = vandaag().split('-').map(Number) as [number, number]
  return m === 12 ? `${j + 1}-01-01` : `${j}-${String(m + 1).padStart(2, '0')}-01`
}
