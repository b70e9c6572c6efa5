// One opgave: opdrachtgevers, kernteam, partners, doelen with their metingen and progress towards
// the streefwaarde (in words), acties with deadline ("verlopen" in words), the voortgang as a
// timeline (every report kept) and its capaciteitsclaims with their status and flags. Who may
// manage the opgave (opgave.beheren, or holding its opdrachtgever or opgavemanager functie) gets
// the forms: voortgangsrapportage, meting and capaciteitsclaim.
import { useState } from 'react'
import { DataList, DataListItem, DataListKey, DataListValue, Heading, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react'
import { apiUrl } from '../../api/client.ts'
import type { Claim, Opgave } from '../../api/types.ts'
import { useApi } from '../../api/use-api.ts'
import { useApp, useHref, usePaginaTitel } from '../../app/app-context.ts'
import { AppLink } from '../../app/AppLink.tsx'
import { heeftRecht, useSessie } from '../../app/sessie.ts'
import { Kruimelpad } from '../../components/Kruimelpad.tsx'
import { ApiInhoud } from '../../components/Status.tsx'
import { actorNaam, datum, getal, tijdstip } from '../../lib/format.ts'
import { kwartaalLabel } from '../../lib/kwartaal.ts'
import { ClaimFormulier, MetingFormulier, RapportageFormulier } from './OpgaveFormulieren.tsx'
import { OordeelLabel } from './OpgavenPagina.tsx'
import { ACTIE_STATUSSEN, CLAIM_STATUSSEN, DOMEINEN, OPGAVE_SOORTEN, OPGAVE_STATUSSEN, PARTNER_SOORTEN, voortgangPercentage, woord } from './woorden.ts'

export function OpgavePagina({ opgaveId }: { opgaveId: string }) {
  const { organisatieId } = useApp()
  const maakHref = useHref()
  const stand = useSessie()
  const basis = `/organisaties/${organisatieId}`
  const opgave = useApi<Opgave>(apiUrl(`${basis}/opgaven/${opgaveId}`))
  const claims = useApi<{ resultaten: Claim[] }>(apiUrl(`${basis}/capaciteitsclaims`, { opgaveId }))
  const [bijgewerkt, setBijgewerkt] = useState<Opgave | null>(null)
  usePaginaTitel(opgave.data?.naam ?? (opgave.status === 'fout' ? 'Opgave niet gevonden' : 'Opgave'))
  const o = bijgewerkt ?? opgave.data

  if (opgave.status === 'fout' || o === null) {
    return <><Heading level={1}>Opgave</Heading><ApiInhoud stand={opgave} wat="De opgave">{() => null}</ApiInhoud></>
  }
  const sessie = stand.status === 'ingelogd' ? stand.sessie : null
  const eigenFuncties = new Set(sessie?.functies.map((f) => f.functieId) ?? [])
  const magBeheren = sessie !== null && (heeftRecht(sessie, organisatieId, 'opgave.beheren') || eigenFuncties.has(o.ambtelijkOpdrachtgever.id) || (o.opgavemanager !== null && eigenFuncties.has(o.opgavemanager.id)))
  const functie = (f: Opgave['ambtelijkOpdrachtgever'] | null) => f === null ? <span className="koers-leeg">Geen</span>
    : <>{f.naam}{f.eenheidNaam ? `, ${f.eenheidNaam}` : ''}{f.houders.length > 0 ? <> — {f.houders.map((h, i) => <span key={h.id}>{i > 0 ? ', ' : ''}<AppLink href={maakHref({ pagina: 'persoon', organisatieId, persoonId: h.id })}>{h.naam}</AppLink></span>)}</> : ' — vacant'}</>
  const gewijzigd = (nieuw: Opgave) => setBijgewerkt(nieuw)

  return (
    <>
      <Kruimelpad stappen={[{ label: 'Opgaven', href: maakHref({ pagina: 'opgaven', organisatieId }) }, { label: o.naam, href: maakHref({ pagina: 'opgave', organisatieId, opgaveId }) }]} />
      <div className="koers-paginakop">
        <div>
          <span className="koers-bovenschrift">{woord(OPGAVE_SOORTEN, o.soort)} · domein {woord(DOMEINEN, o.domein).toLowerCase()}</span>
          <Heading level={1}>{o.naam}</Heading>
          <Paragraph className="koers-ondertitel">{woord(OPGAVE_STATUSSEN, o.status)} · {o.einddatum ? `${datum(o.startdatum)} tot ${datum(o.einddatum)}` : `vanaf ${datum(o.startdatum)}`} · prioriteit {o.prioriteit ?? 'nog niet bepaald'}</Paragraph>
        </div>
      </div>
      <Paragraph appearance="lead">{o.maatschappelijkDoel}</Paragraph>
      <div className="koers-kolommen">
        <div>
          <section className="koers-paneel" aria-labelledby="doelen-kop">
            <Heading level={2} id="doelen-kop">Doelen en metingen</Heading>
            {o.doelen.length === 0 ? <Paragraph className="koers-leeg">Nog geen doelen.</Paragraph> : o.doelen.map((d) => {
              const laatste = [...d.metingen].sort((a, b) => b.peildatum.localeCompare(a.peildatum))[0] ?? null
              const pct = voortgangPercentage(d.nulwaarde, d.streefwaarde, laatste?.waarde ?? null)
              return (
                <div key={d.id} className="koers-doel">
                  <Heading level={3}>{d.omschrijving}</Heading>
                  <Paragraph>
                    {d.indicator}: van {d.nulwaarde === null ? '—' : `${getal(d.nulwaarde)}`} naar <strong>{getal(d.streefwaarde)} {d.meeteenheid}</strong> op {datum(d.streefdatum)}.{' '}
                    {laatste === null ? 'Nog geen meting.' : <>Laatste meting: <strong>{getal(laatste.waarde)} {d.meeteenheid}</strong> op {datum(laatste.peildatum)} — {pct}% van de weg naar de streefwaarde.</>}
                  </Paragraph>
                  {pct !== null && <div className="koers-meter" aria-hidden="true"><div className="koers-meter__balk"><div className="koers-meter__vulling" style={{ width: `${Math.max(0, Math.min(100, pct))}%` }} /></div></div>}
                  {d.metingen.length > 0 && (
                    <div className="koers-tabel-wrapper">
                      <Table>
                        <TableCaption className="koers-visueel-verborgen">Metingen van {d.indicator}</TableCaption>
                        <TableHeader><TableRow>
                          <TableHeaderCell scope="col">Peildatum</TableHeaderCell>
                          <TableHeaderCell scope="col" className="koers-getal">Waarde</TableHeaderCell>
                          <TableHeaderCell scope="col">Toelichting</TableHeaderCell>
                        </TableRow></TableHeader>
                        <TableBody>
                          {[...d.metingen].sort((a, b) => b.peildatum.localeCompare(a.peildatum)).map((m) => (
                            <TableRow key={m.id}><TableCell>{datum(m.peildatum)}</TableCell><TableCell className="koers-getal">{getal(m.waarde)} {d.meeteenheid}</TableCell><TableCell>{m.toelichting ?? '—'}</TableCell></TableRow>
                          ))}
                        </TableBody>
                      </Table>
                    </div>
                  )}
                </div>
              )
            })}
            {magBeheren && o.doelen.length > 0 && <MetingFormulier opgave={o} onGewijzigd={gewijzigd} />}
          </section>
          <section className="koers-paneel" aria-labelledby="voortgang-kop">
            <Heading level={2} id="voortgang-kop">Voortgang</Heading>
            {o.voortgang.length === 0 ? <Paragraph className="koers-leeg">Nog geen voortgangsrapportages.</Paragraph> : (
              <ol className="koers-tijdlijn" aria-label="Voortgangsrapportages, nieuwste eerst">
                {o.voortgang.map((r) => (
                  <li key={r.id}>
                    <Heading level={3}>{r.periode}: <OordeelLabel oordeel={r.oordeel} /></Heading>
                    <Paragraph>{r.toelichting}</Paragraph>
                    <Paragraph className="koers-klein">Vastgelegd {r.rapporteur === `account:${sessie?.account.id ?? ''}` ? 'door u ' : r.rapporteur.startsWith('account:') ? '' : `door ${actorNaam(r.rapporteur, null)} `}op {tijdstip(r.aangemaaktOp)}</Paragraph>
                  </li>
                ))}
              </ol>
            )}
            {magBeheren && <RapportageFormulier opgave={o} onGewijzigd={gewijzigd} />}
          </section>
          <section className="koers-paneel" aria-labelledby="claims-kop">
            <Heading level={2} id="claims-kop">Capaciteitsclaims</Heading>
            <ApiInhoud stand={claims} wat="De claims" niveau={3}>
              {(data) => <ClaimsTabel claims={data.resultaten} bijschrift={`Capaciteitsclaims van ${o.naam}`} />}
            </ApiInhoud>
            {magBeheren && <ClaimFormulier opgave={o} onGeclaimd={() => { claims.opnieuw(); opgave.opnieuw(); setBijgewerkt(null) }} />}
          </section>
        </div>
        <div>
          <section className="koers-paneel" aria-labelledby="opdracht-kop">
            <Heading level={2} id="opdracht-kop">Opdrachtgeverschap</Heading>
            <DataList>
              <DataListItem><DataListKey>Bestuurlijk opdrachtgever</DataListKey><DataListValue>{o.bestuurlijkOpdrachtgever ? `${o.bestuurlijkOpdrachtgever.portefeuille}${o.bestuurlijkOpdrachtgever.houders.length ? ` — ${o.bestuurlijkOpdrachtgever.houders.map((h) => h.naam).join(', ')}` : ''}` : 'Geen'}</DataListValue></DataListItem>
              <DataListItem><DataListKey>Ambtelijk opdrachtgever</DataListKey><DataListValue>{functie(o.ambtelijkOpdrachtgever)}</DataListValue></DataListItem>
              <DataListItem><DataListKey>Opgavemanager</DataListKey><DataListValue>{functie(o.opgavemanager)}</DataListValue></DataListItem>
              <DataListItem><DataListKey>Gevraagd / toegekend</DataListKey><DataListValue>{getal(o.gevraagdFte)} / {getal(o.toegekendFte)} fte</DataListValue></DataListItem>
            </DataList>
          </section>
          <section className="koers-paneel" aria-labelledby="kernteam-kop">
            <Heading level={2} id="kernteam-kop">Kernteam</Heading>
            {o.kernteam.length === 0 ? <Paragraph className="koers-leeg">Nog geen kernteam.</Paragraph> : (
              <ul className="koers-lijst-plat">{o.kernteam.map((k) => <li key={k.id}><AppLink href={maakHref({ pagina: 'persoon', organisatieId, persoonId: k.persoonId })}>{k.naam}</AppLink> <span className="koers-klein">{k.rol}</span></li>)}</ul>
            )}
            <Heading level={3}>Partners</Heading>
            {o.partners.length === 0 ? <Paragraph className="koers-leeg">Geen partners vastgelegd.</Paragraph> : (
              <ul className="koers-lijst-plat">{o.partners.map((p) => <li key={p.id}>{p.naam} <span className="koers-klein">{woord(PARTNER_SOORTEN, p.soort)}{p.rol ? `, ${p.rol}` : ''}</span></li>)}</ul>
            )}
          </section>
          <section className="koers-paneel" aria-labelledby="acties-kop">
            <Heading level={2} id="acties-kop">Acties</Heading>
            {o.acties.length === 0 ? <Paragraph className="koers-leeg">Nog geen acties.</Paragraph> : (
              <ul className="koers-lijst-plat">
                {o.acties.map((a) => (
                  <li key={a.id}>
                    {a.omschrijving}
                    <span className="koers-klein"><br />{a.eigenaar.naam}{a.eigenaar.houders.length ? ` (${a.eigenaar.houders.map((h) => h.naam).join(', ')})` : ''} · deadline {datum(a.deadline)} · {woord(ACTIE_STATUSSEN, a.status)}</span>
                    {a.verlopen && <> <span className="koers-vlag koers-vlag--fout">Verlopen</span></>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>
    </>
  )
}

/** Claims with eenheid, quarter, asked and granted FTE, status, commitments and the capacity flag in words. */
export function ClaimsTabel({ claims, bijschrift, metOpgave = false }: { claims: Claim[]; bijschrift: string; metOpgave?: boolean }) {
  const { organisatieId } = useApp()
  const maakHref = useHref()
  if (claims.length === 0) return <Paragraph className="koers-leeg">Nog geen claims.</Paragraph>
  return (
    <div className="koers-tabel-wrapper">
      <Table>
        <TableCaption className="koers-visueel-verborgen">{bijschrift}</TableCaption>
        <TableHeader><TableRow>
          {metOpgave ? <TableHeaderCell scope="col">Opgave</TableHeaderCell> : <TableHeaderCell scope="col">Eenheid</TableHeaderCell>}
          <TableHeaderCell scope="col">Kwartaal</TableHeaderCell>
          <TableHeaderCell scope="col" className="koers-getal">Gevraagd</TableHeaderCell>
          <TableHeaderCell scope="col">Status</TableHeaderCell>
          <TableHeaderCell scope="col" className="koers-getal">Toegekend</TableHeaderCell>
          <TableHeaderCell scope="col">Toegezegd</TableHeaderCell>
        </TableRow></TableHeader>
        <TableBody>
          {claims.map((c) => (
            <TableRow key={c.id}>
              <TableCell>
                {metOpgave ? <><AppLink href={maakHref({ pagina: 'opgave', organisatieId, opgaveId: c.opgaveId })}>{c.opgaveNaam}</AppLink><span className="koers-klein"> (prioriteit {c.opgavePrioriteit ?? 'geen'})</span></>
                  : <AppLink href={maakHref({ pagina: 'eenheid', organisatieId, eenheidId: c.eenheidId })}>{c.eenheidNaam}</AppLink>}
                {c.profiel && <span className="koers-klein"><br />{c.profiel}</span>}
                {c.bovenCapaciteit && <><br /><span className="koers-vlag koers-vlag--fout">Boven capaciteit</span></>}
              </TableCell>
              <TableCell>{kwartaalLabel(c.kwartaal)}</TableCell>
              <TableCell className="koers-getal">{getal(c.fte)} fte</TableCell>
              <TableCell>{woord(CLAIM_STATUSSEN, c.status)}{c.reden && <span className="koers-klein"><br />{c.reden}</span>}</TableCell>
              <TableCell className="koers-getal">{c.status === 'aangevraagd' ? '—' : `${getal(c.toegekendFte)} fte`}</TableCell>
              <TableCell>{c.toezeggingen.length === 0 ? '—' : c.toezeggingen.map((t) => `${t.naam} (${getal(t.fte)} fte)`).join(', ')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {claims.some((c) => c.bovenCapaciteit) && <Paragraph className="koers-klein">“Boven capaciteit”: alles wat aan de eenheid in dat kwartaal is toegekend en nog gevraagd wordt, is meer dan haar bezetting.</Paragraph>}
    </div>
  )
}
