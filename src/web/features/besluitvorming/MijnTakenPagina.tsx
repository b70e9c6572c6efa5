// Mijn taken (issue 6): the voorstellen waiting for me (I hold the functie at turn, or they are my
// own concepts) and my unread notificaties, each of which I can mark as read.
import { useState } from 'react'
import { Button, Heading, Paragraph } from '@utrecht/component-library-react'
import { apiSend, apiUrl } from '../../api/client.ts'
import type { MijnTaken } from '../../api/types.ts'
import { useApi } from '../../api/use-api.ts'
import { useApp, useHref, usePaginaTitel } from '../../app/app-context.ts'
import { AppLink } from '../../app/AppLink.tsx'
import { Gelukt } from '../../components/Formulier.tsx'
import { ApiInhoud } from '../../components/Status.tsx'
import { tijdstip } from '../../lib/format.ts'
import { VOORSTEL_SOORTEN, VOORSTEL_STATUSSEN, woord } from './woorden.ts'

/** A notification's link (/app/…) as a link in the app, keeping the peildatum out of it. */
const appLink = (link: string | null) => (link && link.startsWith('/app/') ? link : null)

export function MijnTakenPagina() {
  const { organisatieId } = useApp()
  const maakHref = useHref()
  usePaginaTitel('Mijn taken')
  const taken = useApi<MijnTaken>(apiUrl(`/organisaties/${organisatieId}/mijn-taken`))
  const [gelezen, setGelezen] = useState<Set<string>>(new Set())
  const [melding, setMelding] = useState<string | null>(null)
  const [fout, setFout] = useState<string | null>(null)

  const markeer = async (id: string, titel: string) => {
    try {
      await apiSend<void>('POST', apiUrl(`/organisaties/${organisatieId}/notificaties/${id}/gelezen`))
      setGelezen((oud) => new Set([...oud, id]))
      setMelding(`Gelezen: ${titel}`)
      setFout(null)
    } catch (e) {
      setFout((e as Error).message)
    }
  }

  return (
    <>
      <div className="koers-paginakop">
        <div>
          <Heading level={1}>Mijn taken</Heading>
          <Paragraph className="koers-ondertitel">Wat op u wacht: voorstellen waarbij u aan zet bent, en meldingen die u nog niet hebt gelezen.</Paragraph>
        </div>
      </div>
      <div className="koers-gelukt"><Gelukt>{melding}</Gelukt></div>
      {fout && <p role="alert" className="utrecht-form-field-error-message">{fout}</p>}
      <ApiInhoud stand={taken} wat="Uw taken">
        {(data) => {
          const ongelezen = data.notificaties.filter((n) => !gelezen.has(n.id))
          return (
            <div className="koers-kolommen koers-kolommen--gelijk">
              <section className="koers-paneel" aria-labelledby="taken-voorstellen-kop">
                <Heading level={2} id="taken-voorstellen-kop">Voorstellen ({data.voorstellen.length})</Heading>
                {data.voorstellen.length === 0 ? <Paragraph className="koers-leeg">Er wachten geen voorstellen op u.</Paragraph> : (
                  <ul className="koers-lijst-plat" aria-label="Voorstellen die op u wachten">
                    {data.voorstellen.map((v) => (
                      <li key={v.id}>
                        <AppLink href={maakHref({ pagina: 'voorstel', organisatieId, voorstelId: v.id })}>{v.titel}</AppLink>
                        <span className="koers-klein"><br />{woord(VOORSTEL_SOORTEN, v.soort)} · {woord(VOORSTEL_STATUSSEN, v.status)} · {v.opsteller.naam}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
              <section className="koers-paneel" aria-labelledby="taken-meldingen-kop">
                <Heading level={2} id="taken-meldingen-kop">Ongelezen meldingen ({ongelezen.length})</Heading>
                {ongelezen.length === 0 ? <Paragraph className="koers-leeg">U hebt geen ongelezen meldingen.</Paragraph> : (
                  <ul className="koers-lijst-plat" aria-label="Ongelezen meldingen">
                    {ongelezen.map((n) => {
                      const link = appLink(n.link)
                      return (
                        <li key={n.id} className="koers-melding">
                          <span>{link ? <AppLink href={link}>{n.titel}</AppLink> : n.titel}<span className="koers-klein"><br />{tijdstip(n.aangemaaktOp)}</span></span>
                          <Button type="button" appearance="subtle-button" onClick={() => void markeer(n.id, n.titel)} aria-label={`Markeer als gelezen: ${n.titel}`}>Gelezen</Button>
                        </li>
                      )
                    })}
                  </ul>
                )}
              </section>
            </div>
          )
        }}
      </ApiInhoud>
    </>
  )
}
