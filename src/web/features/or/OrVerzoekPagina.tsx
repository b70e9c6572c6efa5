// One verzoek aan de ondernemingsraad: what was asked and by when, the OR's answer, and the
// bestuurder's besluit. Who may (or.beheren) records the answer while the OR has not answered, and
// the besluit once it has. A besluit that deviates from the advice, or one without the OR's consent,
// needs a motivering (WOR art. 25 lid 5, art. 27 lid 4); the server counts a besluit after "geen
// instemming" as deviating whatever the form says.
import { useState, type FormEvent } from 'react'
import { Button, Heading, Paragraph, Select, SelectOption, Textarea, Textbox } from '@utrecht/component-library-react'
import { apiSend, apiUrl } from '../../api/client.ts'
import type { OrVerzoek } from '../../api/types.ts'
import { useApi } from '../../api/use-api.ts'
import { useApp, useHref, usePaginaTitel } from '../../app/app-context.ts'
import { AppLink } from '../../app/AppLink.tsx'
import { heeftRecht, useSessie } from '../../app/sessie.ts'
import { controleer, FoutSamenvatting, Gelukt, metType, useVersturen, Veld } from '../../components/Formulier.tsx'
import { ApiInhoud } from '../../components/Status.tsx'
import { datum, vandaag } from '../../lib/format.ts'
import { OR_SOORTEN, OR_STANDPUNTEN, OR_STATUSSEN, STANDPUNTEN_PER_SOORT, termijnInWoorden } from './woorden.ts'

export function OrVerzoekPagina({ verzoekId }: { verzoekId: string }) {
  const { organisatieId } = useApp()
  const maakHref = useHref()
  const stand = useSessie()
  const geladen = useApi<OrVerzoek>(apiUrl(`/organisaties/${organisatieId}/or-verzoeken/${verzoekId}`))
  const [bijgewerkt, setBijgewerkt] = useState<OrVerzoek | null>(null)
  const [melding, setMelding] = useState('')
  const v = bijgewerkt ?? geladen.data
  usePaginaTitel(v ? v.onderwerp : geladen.status === 'fout' ? 'Verzoek niet gevonden' : 'Verzoek aan de OR')
  if (geladen.status === 'fout' || !v) {
    return <><Heading level={1}>Verzoek aan de OR</Heading><ApiInhoud stand={geladen} wat="Het verzoek" niveau={2}>{() => null}</ApiInhoud></>
  }
  const magBeheren = stand.status === 'ingelogd' && heeftRecht(stand.sessie, organisatieId, 'or.beheren')
  const gewijzigd = (nieuw: OrVerzoek, tekst: string) => { setBijgewerkt(nieuw); setMelding(tekst) }
  const nog = termijnInWoorden(v, vandaag())

  return (
    <>
      <div className="koers-paginakop">
        <div>
          <Paragraph className="koers-klein"><AppLink href={maakHref({ pagina: 'or-verzoeken', organisatieId })}>Ondernemingsraad</AppLink></Paragraph>
          <Heading level={1}>{v.onderwerp}</Heading>
          <Paragraph className="koers-ondertitel">{OR_SOORTEN[v.soort]}{v.worGrondslag ? `, ${v.worGrondslag}` : ''}</Paragraph>
        </div>
      </div>
      <Gelukt>{melding}</Gelukt>
      <section className="koers-paneel" aria-labelledby="verzoek-kop">
        <Heading level={2} id="verzoek-kop">Het verzoek</Heading>
        <dl className="koers-gegevens">
          <dt>Status</dt><dd>{OR_STATUSSEN[v.status]}</dd>
          <dt>Ingediend</dt><dd>{datum(v.ingediendOp)}</dd>
          <dt>Termijn</dt>
          <dd>{datum(v.termijn)}{nog && <> · <span className={v.termijnVerstreken ? 'koers-termijn--verstreken' : undefined}>{v.termijnVerstreken && <span aria-hidden="true">! </span>}{nog}</span></>}</dd>
          {v.wijziging && <><dt>Reorganisatie</dt><dd><AppLink href={maakHref({ pagina: 'wijziging', organisatieId, wijzigingId: v.wijziging.id })}>{v.wijziging.titel}</AppLink></dd></>}
        </dl>
        {v.toelichting ? <div className="koers-voorsteltekst">{v.toelichting}</div> : <Paragraph className="koers-leeg">Geen toelichting.</Paragraph>}
        {magBeheren && v.status === 'ingediend' && <TermijnFormulier verzoek={v} onGewijzigd={gewijzigd} />}
      </section>

      <section className="koers-paneel" aria-labelledby="antwoord-kop">
        <Heading level={2} id="antwoord-kop">Antwoord van de OR</Heading>
        {v.beantwoordOp ? (
          <>
            <Paragraph>{v.orStandpunt ? <strong>{OR_STANDPUNTEN[v.orStandpunt]}</strong> : 'Antwoord'}, op {datum(v.beantwoordOp)}.</Paragraph>
            <div className="koers-voorsteltekst">{v.orAntwoord}</div>
          </>
        ) : <Paragraph className="koers-leeg">{v.status === 'ingetrokken' ? 'Het verzoek is ingetrokken.' : 'De OR heeft nog niet geantwoord.'}</Paragraph>}
        {magBeheren && v.status === 'ingediend' && <AntwoordFormulier verzoek={v} onGewijzigd={gewijzigd} />}
      </section>

      {v.soort !== 'informatie' && (
        <section className="koers-paneel" aria-labelledby="besluit-kop">
          <Heading level={2} id="besluit-kop">Besluit</Heading>
          {v.beslotenOp ? (
            <>
              <Paragraph>Besloten op {datum(v.beslotenOp)}{v.afwijkend ? <>, <strong>{v.soort === 'advies' ? 'afwijkend van het advies van de OR' : 'zonder instemming van de OR'}</strong></> : ''}.</Paragraph>
              <div className="koers-voorsteltekst">{v.besluit}</div>
              {v.motivering && <><Heading level={3}>Motivering</Heading><div className="koers-voorsteltekst">{v.motivering}</div></>}
            </>
          ) : <Paragraph className="koers-leeg">{v.status === 'ingediend' ? 'Het besluit volgt op het antwoord van de OR.' : 'Er is nog geen besluit.'}</Paragraph>}
          {magBeheren && v.status === 'beantwoord' && <BesluitFormulier verzoek={v} onGewijzigd={gewijzigd} />}
        </section>
      )}
    </>
  )
}

interface FormulierProps { verzoek: OrVerzoek; onGewijzigd: (v: OrVerzoek, tekst: string) => void }

/** A termijn agreed later with the OR, or withdrawing the verzoek (asked twice: it cannot be undone). */
function TermijnFormulier({ verzoek, onGewijzigd }: FormulierProps) {
  const { organisatieId } = useApp()
  const [termijn, setTermijn] = useState(verzoek.termijn)
  const [intrekken, setIntrekken] = useState(false)
  const formulier = useVersturen(['termijn', 'status'])
  const P = 'or-termijn-'
  const url = apiUrl(`/organisaties/${organisatieId}/or-verzoeken/${verzoek.id}`)

  const verplaats = async (event: FormEvent) => {
    event.preventDefault()
    const fouten = controleer({ termijn: termijn === '' ? 'Kies de nieuwe termijn.' : termijn === verzoek.termijn && 'Kies een andere datum dan de huidige termijn.' })
    if (Object.keys(fouten).length > 0) return formulier.toonFouten({ velden: fouten, algemeen: [] })
    await formulier.verstuur(null, async () => {
      const nieuw = await apiSend<OrVerzoek>('PATCH', url, { termijn })
      onGewijzigd(nieuw, `De termijn is verplaatst naar ${datum(nieuw.termijn)}.`)
    })
  }
  const trekIn = () => void formulier.verstuur(null, async () => {
    onGewijzigd(await apiSend<OrVerzoek>('PATCH', url, { status: 'ingetrokken' }), 'Het verzoek is ingetrokken.')
  })

  return (
    <details className="koers-openklap">
      <summary>Termijn verplaatsen of verzoek intrekken</summary>
      <FoutSamenvatting titel="Het verzoek is niet gewijzigd" fouten={formulier.fouten} labels={{ termijn: 'Nieuwe termijn', status: 'Intrekken' }} prefix={P} houder={formulier.samenvatting} />
      <form className="koers-formulier" aria-label="Termijn verplaatsen" onSubmit={(e) => void verplaats(e)} noValidate>
        <Veld naam="termijn" prefix={P} label="Nieuwe termijn" omschrijving="Een termijn die u met de OR hebt afgesproken. Bij een nieuwe termijn komt er opnieuw een herinnering." fouten={formulier.fouten.velden.termijn}>
          {(p) => <Textbox {...p} type="date" ref={metType('date')} min={verzoek.ingediendOp} value={termijn} onChange={(e) => setTermijn(e.target.value)} />}
        </Veld>
        <div className="koers-formulier__knoppen">
          <Button type="submit" appearance="primary-action-button" busy={formulier.bezig} disabled={formulier.bezig}>Termijn verplaatsen</Button>
        </div>
      </form>
      {intrekken ? (
        <div className="koers-acties" role="group" aria-label="Verzoek intrekken">
          <Paragraph>Intrekken kan niet ongedaan worden gemaakt: de OR antwoordt dan niet meer op dit verzoek.</Paragraph>
          <Button type="button" appearance="primary-action-button" hint="danger" busy={formulier.bezig} disabled={formulier.bezig} onClick={trekIn}>Ja, verzoek intrekken</Button>
          <Button type="button" appearance="secondary-action-button" onClick={() => setIntrekken(false)}>Niet intrekken</Button>
        </div>
      ) : (
        <Button type="button" appearance="secondary-action-button" onClick={() => setIntrekken(true)}>Verzoek intrekken…</Button>
      )}
    </details>
  )
}

const ANTWOORD_LABELS: Record<string, string> = { standpunt: 'Standpunt van de OR', antwoord: 'Antwoord van de OR', beantwoordOp: 'Datum van het antwoord' }

function AntwoordFormulier({ verzoek, onGewijzigd }: FormulierProps) {
  const { organisatieId } = useApp()
  const standpunten = STANDPUNTEN_PER_SOORT[verzoek.soort]
  const [w, setW] = useState({ standpunt: '', antwoord: '', beantwoordOp: vandaag() })
  const formulier = useVersturen(Object.keys(ANTWOORD_LABELS))
  const f = formulier.fouten.velden
  const P = 'or-antwoord-'

  const verstuur = async (event: FormEvent) => {
    event.preventDefault()
    const fouten = controleer({
      standpunt: standpunten.length > 0 && w.standpunt === '' && 'Kies het standpunt van de OR.',
      antwoord: w.antwoord.trim() === '' && 'Neem de tekst van het antwoord van de OR over.',
      beantwoordOp: w.beantwoordOp === '' && 'Vul de datum van het antwoord in.',
    })
    if (Object.keys(fouten).length > 0) return formulier.toonFouten({ velden: fouten, algemeen: [] })
    await formulier.verstuur(null, async () => {
      const nieuw = await apiSend<OrVerzoek>('POST', apiUrl(`/organisaties/${organisatieId}/or-verzoeken/${verzoek.id}/antwoord`), {
        antwoord: w.antwoord.trim(), beantwoordOp: w.beantwoordOp, ...(w.standpunt ? { standpunt: w.standpunt } : {}),
      })
      onGewijzigd(nieuw, `Het antwoord van de OR is vastgelegd${nieuw.orStandpunt ? `: ${OR_STANDPUNTEN[nieuw.orStandpunt].toLowerCase()}` : ''}.`)
    })
  }

  return (
    <>
      <FoutSamenvatting titel="Het antwoord is niet vastgelegd" fouten={formulier.fouten} labels={ANTWOORD_LABELS} prefix={P} houder={formulier.samenvatting} />
      <form className="koers-formulier koers-formulier--breed" aria-label="Antwoord van de OR vastleggen" onSubmit={(e) => void verstuur(e)} noValidate>
        {standpunten.length > 0 && (
          <Veld naam="standpunt" prefix={P} label={ANTWOORD_LABELS.standpunt!} fouten={f.standpunt}>
            {(p) => <Select {...p} value={w.standpunt} onChange={(e) => setW({ ...w, standpunt: e.target.value })}>
              <SelectOption value="">Kies een standpunt</SelectOption>
              {standpunten.map((s) => <SelectOption key={s} value={s}>{OR_STANDPUNTEN[s]}</SelectOption>)}
            </Select>}
          </Veld>
        )}
        <Veld naam="antwoord" prefix={P} label={ANTWOORD_LABELS.antwoord!} fouten={f.antwoord}>
          {(p) => <Textarea {...p} rows={6} value={w.antwoord} onChange={(e) => setW({ ...w, antwoord: e.target.value })} />}
        </Veld>
        <Veld naam="beantwoordOp" prefix={P} label={ANTWOORD_LABELS.beantwoordOp!} fouten={f.beantwoordOp}>
          {(p) => <Textbox {...p} type="date" ref={metType('date')} value={w.beantwoordOp} onChange={(e) => setW({ ...w, beantwoordOp: e.target.value })} />}
        </Veld>
        <div className="koers-formulier__knoppen">
          <Button type="submit" appearance="primary-action-button" busy={formulier.bezig} disabled={formulier.bezig}>Antwoord vastleggen</Button>
        </div>
      </form>
    </>
  )
}

const BESLUIT_LABELS: Record<string, string> = { besluit: 'Besluit', afwijkend: 'Afwijkend', motivering: 'Motivering', beslotenOp: 'Datum van het besluit' }

function BesluitFormulier({ verzoek, onGewijzigd }: FormulierProps) {
  const { organisatieId } = useApp()
  // Without the OR's consent a besluit always deviates (WOR art. 27 lid 4).
  const altijdAfwijkend = verzoek.soort === 'instemming' && verzoek.orStandpunt === 'geen_instemming'
  const [w, setW] = useState({ besluit: '', afwijkend: altijdAfwijkend, motivering: '', beslotenOp: vandaag() })
  const formulier = useVersturen(Object.keys(BESLUIT_LABELS))
  const f = formulier.fouten.velden
  const P = 'or-besluit-'
  const afwijkend = w.afwijkend || altijdAfwijkend
  const afwijkendLabel = verzoek.soort === 'advies' ? 'Het besluit wijkt af van het advies van de OR' : 'Besluiten zonder instemming van de OR'

  const verstuur = async (event: FormEvent) => {
    event.preventDefault()
    const fouten = controleer({
      besluit: w.besluit.trim() === '' && 'Schrijf het besluit.',
      motivering: afwijkend && w.motivering.trim() === '' && (verzoek.soort === 'advies'
        ? 'Motiveer waarom het besluit afwijkt van het advies (WOR art. 25 lid 5).'
        : 'Motiveer het besluit zonder instemming, met de toestemming van de kantonrechter (WOR art. 27 lid 4).'),
      beslotenOp: w.beslotenOp === '' && 'Vul de datum van het besluit in.',
    })
    if (Object.keys(fouten).length > 0) return formulier.toonFouten({ velden: fouten, algemeen: [] })
    await formulier.verstuur(null, async () => {
      const nieuw = await apiSend<OrVerzoek>('POST', apiUrl(`/organisaties/${organisatieId}/or-verzoeken/${verzoek.id}/besluit`), {
        besluit: w.besluit.trim(), afwijkend, beslotenOp: w.beslotenOp, ...(afwijkend ? { motivering: w.motivering.trim() } : {}),
      })
      onGewijzigd(nieuw, nieuw.afwijkend ? 'Het besluit is vastgelegd, met de motivering van de afwijking.' : 'Het besluit is vastgelegd.')
    })
  }

  return (
    <>
      <FoutSamenvatting titel="Het besluit is niet vastgelegd" fouten={formulier.fouten} labels={BESLUIT_LABELS} prefix={P} houder={formulier.samenvatting} />
      <form className="koers-formulier koers-formulier--breed" aria-label="Besluit vastleggen" onSubmit={(e) => void verstuur(e)} noValidate>
        <Veld naam="besluit" prefix={P} label={BESLUIT_LABELS.besluit!} fouten={f.besluit}>
          {(p) => <Textarea {...p} rows={5} value={w.besluit} onChange={(e) => setW({ ...w, besluit: e.target.value })} />}
        </Veld>
        <div className="koers-keuzelijst">
          <div className="koers-keuze-regel">
            <input type="checkbox" ref={metType('checkbox')} className="koers-keuze" id={`${P}afwijkend`} checked={afwijkend} disabled={altijdAfwijkend}
              aria-describedby={altijdAfwijkend ? `${P}afwijkend-uitleg` : undefined} onChange={(e) => setW({ ...w, afwijkend: e.target.checked })} />
            <label htmlFor={`${P}afwijkend`} className="utrecht-form-label utrecht-form-label--checkbox">{afwijkendLabel}</label>
          </div>
          {altijdAfwijkend && <p id={`${P}afwijkend-uitleg`} className="utrecht-form-field-description">De OR stemde niet in: een besluit is dan altijd zonder instemming.</p>}
        </div>
        {afwijkend && (
          <Veld naam="motivering" prefix={P} label={BESLUIT_LABELS.motivering!} fouten={f.motivering}>
            {(p) => <Textarea {...p} rows={5} value={w.motivering} onChange={(e) => setW({ ...w, motivering: e.target.value })} />}
          </Veld>
        )}
        <Veld naam="beslotenOp" prefix={P} label={BESLUIT_LABELS.beslotenOp!} fouten={f.beslotenOp}>
          {(p) => <Textbox {...p} type="date" ref={metType('date')} value={w.beslotenOp} onChange={(e) => setW({ ...w, beslotenOp: e.target.value })} />}
        </Veld>
        <div className="koers-formulier__knoppen">
          <Button type="submit" appearance="primary-action-button" busy={formulier.bezig} disabled={formulier.bezig}>Besluit vastleggen</Button>
        </div>
      </form>
    </>
  )
}
