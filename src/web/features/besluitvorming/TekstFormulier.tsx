// A new version of a voorstel's text (issue 6: "versions of the text"). Shown only when the dossier
// says so (tekstWijzigen: the opsteller, or whoever has voorstel.routeren, while it is a concept);
// the server decides regardless and its Dutch message lands in the error summary. Earlier versions
// stay in the dossier. After terugsturen, the teammanager's comment is repeated above the field.
import { useState, type FormEvent } from 'react'
import { Button, Heading, Paragraph, Textarea } from '@utrecht/component-library-react'
import { apiSend, apiUrl } from '../../api/client.ts'
import type { Voorstel } from '../../api/types.ts'
import { useApp } from '../../app/app-context.ts'
import { controleer, FoutSamenvatting, useVersturen, Veld } from '../../components/Formulier.tsx'

const LABELS: Record<string, string> = { tekst: 'Nieuwe tekst' }
const P = 'tekst-wijzigen-'

export function TekstFormulier({ voorstel, onOpgeslagen }: { voorstel: Voorstel; onOpgeslagen: (v: Voorstel) => void }) {
  const { organisatieId } = useApp()
  const huidige = voorstel.versies[voorstel.versies.length - 1]?.tekst ?? ''
  const [tekst, setTekst] = useState(huidige)
  const formulier = useVersturen(Object.keys(LABELS))
  const laatsteStap = voorstel.stappen[voorstel.stappen.length - 1]
  const teruggestuurd = laatsteStap?.handeling === 'terugsturen' && laatsteStap.opmerking ? laatsteStap : null

  const verstuur = async (event: FormEvent) => {
    event.preventDefault()
    const fouten = controleer({
      tekst: tekst.trim() === '' ? 'Schrijf de tekst van het voorstel.' : tekst.trim() === huidige.trim() && 'De tekst is niet veranderd: pas hem eerst aan.',
    })
    if (Object.keys(fouten).length > 0) return formulier.toonFouten({ velden: fouten, algemeen: [] })
    let nieuw: Voorstel | null = null
    const ok = await formulier.verstuur(null, async () => {
      nieuw = await apiSend<Voorstel>('PUT', apiUrl(`/organisaties/${organisatieId}/voorstellen/${voorstel.id}/tekst`), { tekst: tekst.trim() })
    })
    if (ok && nieuw) onOpgeslagen(nieuw)
  }

  return (
    <section className="koers-paneel" aria-labelledby={`${P}kop`}>
      <Heading level={2} id={`${P}kop`}>Tekst wijzigen</Heading>
      {teruggestuurd && (
        <Paragraph>Teruggestuurd door {teruggestuurd.door.naam ?? teruggestuurd.door.actor}: “{teruggestuurd.opmerking}”</Paragraph>
      )}
      <FoutSamenvatting titel="De nieuwe versie is niet opgeslagen" fouten={formulier.fouten} labels={LABELS} prefix={P} houder={formulier.samenvatting} />
      <form className="koers-formulier" aria-labelledby={`${P}kop`} onSubmit={(e) => void verstuur(e)} noValidate>
        <Veld naam="tekst" prefix={P} label={LABELS.tekst!} omschrijving={`Wordt versie ${voorstel.versies.length + 1}; de eerdere versies blijven in het dossier bewaard.`} fouten={formulier.fouten.velden.tekst}>
          {(p) => <Textarea {...p} rows={8} value={tekst} onChange={(e) => setTekst(e.target.value)} />}
        </Veld>
        <div className="koers-formulier__knoppen">
          <Button type="submit" appearance="primary-action-button" busy={formulier.bezig} disabled={formulier.bezig}>Nieuwe versie opslaan</Button>
        </div>
      </form>
    </section>
  )
}
