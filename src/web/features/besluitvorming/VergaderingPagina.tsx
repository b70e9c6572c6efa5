// One meeting (issue 6): the attendance rules that are not met (prominent, at the top), the status
// buttons (publish the agenda, open, close), the agenda in order with its soort, voorstel and
// informanten (AgendapuntInformanten.tsx: changed behind a disclosure while the item is open), per
// besluitvorming item the votes per present member and "Besluit vastleggen" (the server applies the
// overleg's besluitregel and quorum), the uitslag and, once decided, read-only; the attendance with
// substitutes; the besluitenlijst; the notulen (NotulenFormulier.tsx: read-only once gesloten).
// Managing is for vergadering.beheren or the chair; everyone else reads.
import { useState, type FormEvent } from 'react'
import { Alert, Button, Fieldset, FieldsetLegend, Heading, Paragraph, Select, SelectOption, Textarea } from '@utrecht/component-library-react'
import { apiSend, apiUrl } from '../../api/client.ts'
import type { Agendapunt, Overleg, Vergadering } from '../../api/types.ts'
import { useApi } from '../../api/use-api.ts'
import { useApp, useHref, usePaginaTitel } from '../../app/app-context.ts'
import { AppLink } from '../../app/AppLink.tsx'
import { useSessie } from '../../app/sessie.ts'
import { Kruimelpad } from '../../components/Kruimelpad.tsx'
import { controleer, FoutSamenvatting, Gelukt, metType, useVersturen, Veld } from '../../components/Formulier.tsx'
import { ApiInhoud } from '../../components/Status.tsx'
import { AgendapuntFormulier } from './AgendapuntFormulier.tsx'
import { InformantenBewerken, opsomming, usePersoonNamen } from './AgendapuntInformanten.tsx'
import { Notulen } from './NotulenFormulier.tsx'
import { AGENDAPUNT_SOORTEN, KEUZES, moment, ROLLEN, UITKOMSTEN, VERGADERING_STATUSSEN, woord } from './woorden.ts'

type Keuze = 'voor' | 'tegen' | 'onthouding'
const VOLGENDE: Record<string, Array<{ status: string; label: string }>> = {
  gepland: [{ status: 'agenda_gepubliceerd', label: 'Agenda publiceren' }, { status: 'geannuleerd', label: 'Vergadering annuleren' }],
  agenda_gepubliceerd: [{ status: 'geopend', label: 'Vergadering openen' }, { status: 'geannuleerd', label: 'Vergadering annuleren' }],
  geopend: [{ status: 'gesloten', label: 'Vergadering sluiten' }],
}

export function VergaderingPagina({ vergaderingId }: { vergaderingId: string }) {
  const { organisatieId } = useApp()
  const maakHref = useHref()
  const stand = useSessie()
  const basis = `/organisaties/${organisatieId}`
  const geladen = useApi<Vergadering>(apiUrl(`${basis}/vergaderingen/${vergaderingId}`))
  const [bijgewerkt, setBijgewerkt] = useState<Vergadering | null>(null)
  const [melding, setMelding] = useState<string | null>(null)
  const v = bijgewerkt ?? geladen.data
  const overleg = useApi<Overleg>(v ? apiUrl(`${basis}/overleggen/${v.overlegId}`) : null)
  const status = useVersturen(['status'])
  // The answer names the deelnemers and the informanten; someone just picked in a form is remembered.
  const namen = usePersoonNamen([...(v?.deelnemers ?? []), ...(v?.agenda.flatMap((p) => p.informantNamen) ?? [])])
  usePaginaTitel(v ? `${v.overlegNaam}, ${moment(v.begin)}` : geladen.status === 'fout' ? 'Vergadering niet gevonden' : 'Vergadering')
  if (geladen.status === 'fout' || v === null) {
    return <><Heading level={1}>Vergadering</Heading><ApiInhoud stand={geladen} wat="De vergadering">{() => null}</ApiInhoud></>
  }
  const sessie = stand.status === 'ingelogd' ? stand.sessie : null
  // The server judges it (mandate, or chairing by today's functies), as it does when the change arrives.
  const magBeheren = sessie !== null && v.magBeheren
  const besluitvormend = overleg.data?.modus === 'besluitvormend'
  const gewijzigd = (nieuw: Vergadering, tekst: string) => { setBijgewerkt(nieuw); setMelding(tekst) }
  const zetStatus = (nieuweStatus: string, label: string) => void status.verstuur(null, async () => {
    gewijzigd(await apiSend<Vergadering>('PATCH', apiUrl(`${basis}/vergaderingen/${vergaderingId}`), { status: nieuweStatus }), `${label}: gelukt. De vergadering is nu ${woord(VERGADERING_STATUSSEN, nieuweStatus).toLowerCase()}.`)
  })
  const besloten = v.agenda.filter((p) => p.status !== 'open')

  return (
    <>
      <Kruimelpad stappen={[
        { label: 'Overleggen', href: maakHref({ pagina: 'overleggen', organisatieId }) },
        { label: v.overlegNaam, href: maakHref({ pagina: 'overleg', organisatieId, overlegId: v.overlegId }) },
        { label: moment(v.begin), href: maakHref({ pagina: 'vergadering', organisatieId, vergaderingId }) },
      ]} />
      <div className="koers-paginakop">
        <div>
          <span className="koers-bovenschrift">Vergadering · {woord(VERGADERING_STATUSSEN, v.status)}</span>
          <Heading level={1}>{v.overlegNaam}</Heading>
          <Paragraph className="koers-ondertitel">{moment(v.begin)}{v.locatie ? ` · ${v.locatie}` : ''}</Paragraph>
        </div>
      </div>
      {v.waarschuwingen.length > 0 && (
        <div className="koers-waarschuwingen">
          <Alert type="warning">
            <Heading level={2}>Aanwezigheid: let op</Heading>
            <ul>{v.waarschuwingen.map((w) => <li key={w.code + (w.agendapuntId ?? '')}>{w.tekst}</li>)}</ul>
          </Alert>
        </div>
      )}
      <div className="koers-gelukt"><Gelukt>{melding}</Gelukt></div>
      {magBeheren && (VOLGENDE[v.status] ?? []).length > 0 && (
        <section className="koers-paneel" aria-labelledby="status-kop">
          <Heading level={2} id="status-kop">Status</Heading>
          <FoutSamenvatting titel="De status is niet gewijzigd" fouten={status.fouten} labels={{ status: 'Status' }} houder={status.samenvatting} />
          <div className="koers-acties">
            {VOLGENDE[v.status]!.map((s) => (
              <Button key={s.status} type="button" appearance={s.status === 'geannuleerd' ? 'secondary-action-button' : 'primary-action-button'} disabled={status.bezig} onClick={() => zetStatus(s.status, s.label)}>{s.label}</Button>
            ))}
          </div>
        </section>
      )}
      <div className="koers-kolommen">
        <div>
          <section className="koers-paneel" aria-labelledby="agenda-kop">
            <Heading level={2} id="agenda-kop">Agenda</Heading>
            {v.agenda.length === 0 ? <Paragraph className="koers-leeg">Nog geen agendapunten.</Paragraph> : (
              <ol className="koers-agenda">
                {v.agenda.map((p) => (
                  <li key={p.id} className="koers-agendapunt">
                    <Heading level={3}>{p.volgorde}. {p.titel}</Heading>
                    <Paragraph className="koers-klein">
                      {woord(AGENDAPUNT_SOORTEN, p.soort)}
                      {p.voorstelId && <> · <AppLink href={maakHref({ pagina: 'voorstel', organisatieId, voorstelId: p.voorstelId })}>Voorstel: {p.titel}</AppLink></>}
                      {p.informanten.length > 0 && <> · Informanten: {opsomming(p.informanten.map(namen.naam))}</>}
                    </Paragraph>
                    {p.toelichting && <Paragraph>{p.toelichting}</Paragraph>}
                    {p.status === 'open' && magBeheren && v.status !== 'gesloten' && v.status !== 'geannuleerd' && <InformantenBewerken vergadering={v} punt={p} namen={namen} onGewijzigd={gewijzigd} />}
                    {p.status !== 'open' ? <Besluit punt={p} /> : magBeheren && v.status === 'geopend' && (
                      <BesluitFormulier vergadering={v} punt={p} metStemmen={besluitvormend && p.soort === 'besluitvorming'} onGewijzigd={gewijzigd} />
                    )}
                  </li>
                ))}
              </ol>
            )}
            {magBeheren && v.status !== 'gesloten' && v.status !== 'geannuleerd' && <AgendapuntFormulier vergadering={v} namen={namen} onGewijzigd={gewijzigd} />}
          </section>
          <section className="koers-paneel" aria-labelledby="besluiten-kop">
            <Heading level={2} id="besluiten-kop">Besluitenlijst</Heading>
            {besloten.length === 0 ? <Paragraph className="koers-leeg">Nog geen besluiten.</Paragraph> : (
              <ol className="koers-lijst-plat" aria-label="Besluitenlijst">
                {besloten.map((p) => <li key={p.id}><strong>{p.volgorde}. {p.titel}</strong>: {woord(UITKOMSTEN, p.uitkomst)}. {p.besluit}</li>)}
              </ol>
            )}
          </section>
          <Notulen vergadering={v} magBeheren={magBeheren} onGewijzigd={gewijzigd} onVernieuwd={setBijgewerkt} />
        </div>
        <div>
          <section className="koers-paneel" aria-labelledby="aanwezigheid-kop">
            <Heading level={2} id="aanwezigheid-kop">Aanwezigheid</Heading>
            {magBeheren && v.status !== 'gesloten' && v.status !== 'geannuleerd'
              ? <AanwezigheidFormulier vergadering={v} onGewijzigd={gewijzigd} />
              : (
                <ul className="koers-lijst-plat">
                  {v.deelnemers.map((d) => {
                    const a = v.aanwezigheid.find((x) => x.persoonId === d.persoonId)
                    return <li key={d.persoonId}>{d.naam} <span className="koers-klein">{woord(ROLLEN, d.rol)}{d.vervanging ? ` (${d.vervanging})` : ''} · {a ? (a.aanwezig ? 'aanwezig' : 'afwezig') : 'niet aangemeld'}{a?.vervangerNaam ? `, vervangen door ${a.vervangerNaam}` : ''}</span></li>
                  })}
                </ul>
              )}
          </section>
        </div>
      </div>
    </>
  )
}

/** A decided item: the besluit, the outcome and the votes, read-only. */
function Besluit({ punt }: { punt: Agendapunt }) {
  return (
    <div className="koers-besluit">
      <Paragraph><strong>Besluit: {woord(UITKOMSTEN, punt.uitkomst)}.</strong> {punt.besluit}</Paragraph>
      {punt.uitslag && (
        <Paragraph>
          Uitslag: {punt.uitslag.voor} voor, {punt.uitslag.tegen} tegen, {punt.uitslag.onthoudingen} {punt.uitslag.onthoudingen === 1 ? 'onthouding' : 'onthoudingen'}.
          {punt.uitslag.doorslagVoorzitter && <> <strong>De stemmen staakten; de doorslaggevende stem van de voorzitter besliste.</strong></>}
        </Paragraph>
      )}
      {punt.stemmen.length > 0 && (
        <details>
          <summary>Stemmen per lid</summary>
          <ul className="koers-lijst-plat">{punt.stemmen.map((s) => <li key={s.persoonId}>{s.naam}: {woord(KEUZES, s.keuze).toLowerCase()}</li>)}</ul>
        </details>
      )}
      <Paragraph className="koers-klein">Dit agendapunt is besloten en kan niet meer worden gewijzigd.</Paragraph>
    </div>
  )
}

function BesluitFormulier({ vergadering, punt, metStemmen, onGewijzigd }: { vergadering: Vergadering; punt: Agendapunt; metStemmen: boolean; onGewijzigd: (v: Vergadering, tekst: string) => void }) {
  const { organisatieId } = useApp()
  const P = `punt-${punt.volgorde}-`
  const aanwezig = new Set(vergadering.aanwezigheid.filter((a) => a.aanwezig).map((a) => a.persoonId))
  const leden = vergadering.deelnemers.filter((d) => d.rol !== 'adviseur' && aanwezig.has(d.persoonId))
  const [stemmen, setStemmen] = useState<Record<string, Keuze | ''>>(() => Object.fromEntries(punt.stemmen.map((s) => [s.persoonId, s.keuze as Keuze])))
  const [besluit, setBesluit] = useState('Conform voorstel.')
  const [uitkomst, setUitkomst] = useState('aangenomen')
  const formulier = useVersturen(['besluit', 'uitkomst', 'stemmen'])
  const kopId = `${P}besluit-kop`

  const verstuur = async (event: FormEvent) => {
    event.preventDefault()
    const gekozen = Object.entries(stemmen).filter((s): s is [string, Keuze] => s[1] !== '' && leden.some((l) => l.persoonId === s[0]))
    const fouten = controleer({
      besluit: besluit.trim() === '' && 'Schrijf het besluit op.',
      stemmen: metStemmen && gekozen.length === 0 && (leden.length === 0 ? 'Leg eerst vast wie er aanwezig is.' : 'Leg de stemmen van de aanwezige leden vast.'),
    })
    if (Object.keys(fouten).length > 0) return formulier.toonFouten({ velden: fouten, algemeen: [] })
    await formulier.verstuur(null, async () => {
      const pad = `/organisaties/${organisatieId}/agendapunten/${punt.id}`
      if (metStemmen) await apiSend<Vergadering>('PUT', apiUrl(`${pad}/stemmen`), { stemmen: gekozen.map(([persoonId, keuze]) => ({ persoonId, keuze })) })
      const nieuw = await apiSend<Vergadering>('POST', apiUrl(`${pad}/besluit`), { besluit: besluit.trim(), ...(metStemmen ? {} : { uitkomst }) })
      const na = nieuw.agenda.find((x) => x.id === punt.id)
      onGewijzigd(nieuw, `Het besluit over “${punt.titel}” is vastgelegd: ${woord(UITKOMSTEN, na?.uitkomst ?? null).toLowerCase()}.`)
    })
  }

  return (
    <div className="koers-stap">
      <Heading level={4} id={kopId}>Besluit over punt {punt.volgorde}</Heading>
      <FoutSamenvatting titel="Het besluit is niet vastgelegd" fouten={formulier.fouten} labels={{ besluit: 'Besluit', uitkomst: 'Uitkomst', stemmen: 'Stemmen' }} prefix={P} houder={formulier.samenvatting} />
      <form className="koers-formulier koers-formulier--breed" aria-labelledby={kopId} onSubmit={(e) => void verstuur(e)} noValidate>
        {metStemmen && (
          <Fieldset id={`veld-${P}stemmen`} tabIndex={-1} invalid={Boolean(formulier.fouten.velden.stemmen)}>
            <FieldsetLegend>Stemmen van de aanwezige leden</FieldsetLegend>
            {formulier.fouten.velden.stemmen && <p className="utrecht-form-field-error-message">{formulier.fouten.velden.stemmen.join(' ')}</p>}
            {leden.length === 0 ? <Paragraph className="koers-leeg">Nog niemand met stemrecht is als aanwezig vastgelegd.</Paragraph> : <>
              <div className="koers-acties">
                <Button type="button" appearance="secondary-action-button" onClick={() => setStemmen(Object.fromEntries(leden.map((l) => [l.persoonId, 'voor'])))}>Allen voor</Button>
              </div>
              <ul className="koers-stemmen">
                {leden.map((l) => (
                  <li key={l.persoonId}>
                    <span className="koers-stemmen__naam" id={`${P}stem-${l.persoonId}`}>{l.naam}{l.rol === 'voorzitter' ? ' (voorzitter)' : ''}</span>
                    <span className="koers-stemmen__keuzes" role="radiogroup" aria-labelledby={`${P}stem-${l.persoonId}`}>
                      {(['voor', 'tegen', 'onthouding'] as const).map((k) => (
                        <label key={k} className="koers-stemmen__keuze">
                          <input type="radio" ref={metType('radio', `${P}stem-${l.persoonId}`)} name={`${P}stem-${l.persoonId}`} value={k} checked={stemmen[l.persoonId] === k}
                            onChange={() => setStemmen((oud) => ({ ...oud, [l.persoonId]: k }))} aria-label={`${l.naam}: ${KEUZES[k]!.toLowerCase()}`} /> {KEUZES[k]}
                        </label>
                      ))}
                    </span>
                  </li>
                ))}
              </ul>
            </>}
          </Fieldset>
        )}
        {!metStemmen && (
          <Veld naam="uitkomst" prefix={P} label="Uitkomst" fouten={formulier.fouten.velden.uitkomst}>
            {(p) => <Select {...p} value={uitkomst} onChange={(e) => setUitkomst(e.target.value)}>
              {Object.entries(UITKOMSTEN).map(([k, l]) => <SelectOption key={k} value={k}>{l}</SelectOption>)}
            </Select>}
          </Veld>
        )}
        <Veld naam="besluit" prefix={P} label="Besluit" omschrijving={metStemmen ? 'De uitkomst volgt uit de stemmen, de besluitregel en het quorum van het overleg.' : undefined} fouten={formulier.fouten.velden.besluit}>
          {(p) => <Textarea {...p} rows={2} value={besluit} onChange={(e) => setBesluit(e.target.value)} />}
        </Veld>
        <div className="koers-formulier__knoppen">
          <Button type="submit" appearance="primary-action-button" busy={formulier.bezig} disabled={formulier.bezig}>Besluit vastleggen</Button>
        </div>
      </form>
    </div>
  )
}

function AanwezigheidFormulier({ vergadering, onGewijzigd }: { vergadering: Vergadering; onGewijzigd: (v: Vergadering, tekst: string) => void }) {
  const { organisatieId } = useApp()
  const [rijen, setRijen] = useState<Record<string, { aanwezig: boolean; vervanger: string }>>(() => Object.fromEntries(vergadering.deelnemers.map((d) => {
    const a = vergadering.aanwezigheid.find((x) => x.persoonId === d.persoonId)
    return [d.persoonId, { aanwezig: a?.aanwezig ?? false, vervanger: a?.vervangerPersoonId ?? '' }]
  })))
  const formulier = useVersturen(['aanwezigen'])
  const zet = (id: string, deel: Partial<{ aanwezig: boolean; vervanger: string }>) => setRijen((oud) => ({ ...oud, [id]: { ...oud[id]!, ...deel } }))

  const verstuur = async (event: FormEvent) => {
    event.preventDefault()
    const aanwezigen = Object.entries(rijen).map(([persoonId, r]) => ({ persoonId, aanwezig: r.aanwezig, ...(r.vervanger && !r.aanwezig ? { vervangerPersoonId: r.vervanger } : {}) }))
    await formulier.verstuur(null, async () => {
      const nieuw = await apiSend<Vergadering>('PUT', apiUrl(`/organisaties/${organisatieId}/vergaderingen/${vergadering.id}/aanwezigheid`), { aanwezigen })
      onGewijzigd(nieuw, `De aanwezigheid is vastgelegd: ${nieuw.aanwezigheid.filter((a) => a.aanwezig).length} aanwezig.`)
    })
  }

  return (
    <>
      <FoutSamenvatting titel="De aanwezigheid is niet vastgelegd" fouten={formulier.fouten} labels={{ aanwezigen: 'Aanwezigheid' }} prefix="aanwezig-" houder={formulier.samenvatting} />
      <form className="koers-formulier" aria-label="Aanwezigheid vastleggen" onSubmit={(e) => void verstuur(e)} noValidate>
        <div className="koers-acties">
          <Button type="button" appearance="secondary-action-button" onClick={() => setRijen((oud) => Object.fromEntries(Object.entries(oud).map(([id, r]) => [id, { ...r, aanwezig: r.aanwezig || vergadering.deelnemers.some((d) => d.persoonId === id && d.rol !== 'adviseur') }])))}>Alle leden aanwezig</Button>
        </div>
        <ul className="koers-lijst-plat koers-aanwezigheid">
          {vergadering.deelnemers.map((d) => {
            const r = rijen[d.persoonId]!
            const id = `aanwezig-${d.persoonId}`
            return (
              <li key={d.persoonId}>
                <div className="koers-aanwezigheid__rij">
                  <input type="checkbox" ref={metType('checkbox')} className="koers-keuze" id={id} aria-describedby={`${id}-rol`} checked={r.aanwezig} onChange={(e) => zet(d.persoonId, { aanwezig: e.target.checked })} />
                  <span><label htmlFor={id}>{d.naam}</label> <span id={`${id}-rol`} className="koers-klein">{woord(ROLLEN, d.rol).toLowerCase()}, {d.functieNaam}{d.vervanging ? ` (${d.vervanging})` : ''}</span></span>
                </div>
                {!r.aanwezig && (
                  <details className="koers-vervanger" open={r.vervanger !== ''}>
                    <summary className="koers-klein">Vervanger{r.vervanger ? `: ${vergadering.deelnemers.find((x) => x.persoonId === r.vervanger)?.naam ?? ''}` : ''}</summary>
                    <label htmlFor={`${id}-vervanger`} className="koers-visueel-verborgen">Vervanger voor {d.naam}</label>
                    <Select id={`${id}-vervanger`} value={r.vervanger} onChange={(e) => zet(d.persoonId, { vervanger: e.target.value })}>
                      <SelectOption value="">Geen vervanger</SelectOption>
                      {vergadering.deelnemers.filter((x) => x.persoonId !== d.persoonId).map((x) => <SelectOption key={x.persoonId} value={x.persoonId}>{x.naam}</SelectOption>)}
                    </Select>
                  </details>
                )}
              </li>
            )
          })}
        </ul>
        <div className="koers-formulier__knoppen">
          <Button type="submit" appearance="primary-action-button" busy={formulier.bezig} disabled={formulier.bezig}>Aanwezigheid opslaan</Button>
        </div>
      </form>
    </>
  )
}
