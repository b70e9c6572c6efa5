// My account: who I am in Koers, the functies I hold today, what I may do (each right with its
// scope, in words), and changing my password.
import { useState } from 'react'
import { Button, DataList, DataListItem, DataListKey, DataListValue, Heading, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow, Textbox } from '@utrecht/component-library-react'
import { apiSend, apiUrl } from '../../api/client.ts'
import type { HuidigeSessie, Recht } from '../../api/types.ts'
import { usePaginaTitel } from '../../app/app-context.ts'
import { FoutSamenvatting, Gelukt, useVersturen, Veld, metType, controleer } from '../../components/Formulier.tsx'
import { MijnToezeggingen } from './MijnToezeggingen.tsx'
import { handeling, HANDELING_CODES, scope, tijdstip, vervanging } from '../../lib/format.ts'

const GROND: Record<string, string> = { bezetting: 'uw functie', samenwerkingsafspraak: 'een samenwerkingsafspraak', platform: 'platformbeheer', token: 'API-token' }

export function AccountPagina({ sessie }: { sessie: HuidigeSessie }) {
  usePaginaTitel('Mijn account')
  const { account, functies } = sessie
  const eenheden = new Map(functies.map((f) => [f.eenheidId, f.eenheidNaam]))
  const rechten = [...sessie.rechten].sort((a, b) => HANDELING_CODES.indexOf(a.handeling) - HANDELING_CODES.indexOf(b.handeling) || a.scope.localeCompare(b.scope))
  return (
    <>
      <Heading level={1}>Mijn account</Heading>
      <section className="koers-paneel" aria-labelledby="gegevens-kop">
        <Heading level={2} id="gegevens-kop">Gegevens</Heading>
        <DataList>
          <DataListItem><DataListKey>Naam</DataListKey><DataListValue>{account.persoonNaam ?? 'Geen persoon gekoppeld'}</DataListValue></DataListItem>
          <DataListItem><DataListKey>E-mailadres</DataListKey><DataListValue>{account.email}</DataListValue></DataListItem>
          <DataListItem><DataListKey>Sessie geldig tot</DataListKey><DataListValue>{tijdstip(sessie.verlooptOp)}</DataListValue></DataListItem>
          {account.platformBeheerder && <DataListItem><DataListKey>Rol</DataListKey><DataListValue>Platformbeheerder</DataListValue></DataListItem>}
        </DataList>
      </section>

      <section className="koers-paneel" aria-labelledby="functies-kop">
        <Heading level={2} id="functies-kop">Mijn functies</Heading>
        {functies.length === 0 ? <Paragraph className="koers-leeg">U bekleedt vandaag geen functie.</Paragraph> : (
          <div className="koers-tabel-wrapper">
            <Table>
              <TableCaption className="koers-visueel-verborgen">Functies die u vandaag bekleedt</TableCaption>
              <TableHeader><TableRow>
                <TableHeaderCell scope="col">Functie</TableHeaderCell>
                <TableHeaderCell scope="col">Eenheid</TableHeaderCell>
                <TableHeaderCell scope="col">Als</TableHeaderCell>
              </TableRow></TableHeader>
              <TableBody>
                {functies.map((f) => (
                  <TableRow key={`${f.functieId}-${f.vervanging ?? ''}`}>
                    <TableCell>{f.naam}</TableCell>
                    <TableCell>{f.eenheidNaam}</TableCell>
                    <TableCell>{vervanging(f.vervanging) ?? 'functiehouder'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>

      {account.persoonId && account.organisatieId && <MijnToezeggingen organisatieId={account.organisatieId} persoonId={account.persoonId} />}

      <section className="koers-paneel" aria-labelledby="rechten-kop">
        <Heading level={2} id="rechten-kop">Wat u mag</Heading>
        <Paragraph>Uw rechten volgen uit de mandaten van de roltypen van uw functies. Koers controleert ze bij elke handeling.</Paragraph>
        {rechten.length === 0 ? <Paragraph className="koers-leeg">U heeft vandaag geen rechten in uw organisatie.</Paragraph> : (
          <div className="koers-tabel-wrapper">
            <Table>
              <TableCaption className="koers-visueel-verborgen">Uw rechten met hun reikwijdte</TableCaption>
              <TableHeader><TableRow>
                <TableHeaderCell scope="col">Handeling</TableHeaderCell>
                <TableHeaderCell scope="col">Waar</TableHeaderCell>
                <TableHeaderCell scope="col">Op grond van</TableHeaderCell>
              </TableRow></TableHeader>
              <TableBody>
                {rechten.map((r: Recht, i) => (
                  <TableRow key={`${r.handeling}-${r.scope}-${r.eenheidId ?? ''}-${i}`}>
                    <TableCell>{handeling(r.handeling)}</TableCell>
                    <TableCell>{scope(r.scope, r.eenheidId ? eenheden.get(r.eenheidId) ?? 'een eenheid' : null)}</TableCell>
                    <TableCell>{GROND[r.grond] ?? r.grond}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>

      <WachtwoordWijzigen />
    </>
  )
}

const LABELS = { huidigWachtwoord: 'Huidig wachtwoord', nieuwWachtwoord: 'Nieuw wachtwoord', herhaling: 'Nieuw wachtwoord nogmaals' }

function WachtwoordWijzigen() {
  const [huidig, setHuidig] = useState('')
  const [nieuw, setNieuw] = useState('')
  const [herhaling, setHerhaling] = useState('')
  const [gelukt, setGelukt] = useState(false)
  const formulier = useVersturen(['huidigWachtwoord', 'nieuwWachtwoord'])
  const v = formulier.fouten.velden

  const verstuur = async (event: React.FormEvent) => {
    event.preventDefault()
    setGelukt(false)
    const fouten = controleer({
      huidigWachtwoord: huidig === '' && 'Vul uw huidige wachtwoord in.',
      nieuwWachtwoord: nieuw.length < 12 && 'Kies een wachtwoord van minstens 12 tekens.',
      herhaling: nieuw.length >= 12 && nieuw !== herhaling && 'Dit is niet hetzelfde als het nieuwe wachtwoord.',
    })
    if (Object.keys(fouten).length > 0) return formulier.toonFouten({ velden: fouten, algemeen: [] })
    const ok = await formulier.verstuur(null, () => apiSend<void>('PUT', apiUrl('/sessies/huidig/wachtwoord'), { huidigWachtwoord: huidig, nieuwWachtwoord: nieuw }))
    if (ok) {
      setHuidig('')
      setNieuw('')
      setHerhaling('')
      setGelukt(true)
    }
  }

  return (
    <section className="koers-paneel" aria-labelledby="wachtwoord-kop">
      <Heading level={2} id="wachtwoord-kop">Wachtwoord wijzigen</Heading>
      <Paragraph>Na het wijzigen wordt u op andere apparaten uitgelogd.</Paragraph>
      <FoutSamenvatting titel="Het wachtwoord is niet gewijzigd" fouten={formulier.fouten} labels={LABELS} houder={formulier.samenvatting} />
      <Gelukt>{gelukt ? 'Uw wachtwoord is gewijzigd.' : null}</Gelukt>
      <form className="koers-formulier" onSubmit={(e) => void verstuur(e)} noValidate>
        <Veld naam="huidigWachtwoord" label={LABELS.huidigWachtwoord} fouten={v.huidigWachtwoord}>
          {(p) => <Textbox {...p} type="password" ref={metType('password')} autoComplete="current-password" value={huidig} onChange={(e) => setHuidig(e.target.value)} />}
        </Veld>
        <Veld naam="nieuwWachtwoord" label={LABELS.nieuwWachtwoord} omschrijving="Minstens 12 tekens. Een zin van een paar woorden is sterk en goed te onthouden." fouten={v.nieuwWachtwoord}>
          {(p) => <Textbox {...p} type="password" ref={metType('password')} autoComplete="new-password" value={nieuw} onChange={(e) => setNieuw(e.target.value)} />}
        </Veld>
        <Veld naam="herhaling" label={LABELS.herhaling} fouten={v.herhaling}>
          {(p) => <Textbox {...p} type="password" ref={metType('password')} autoComplete="new-password" value={herhaling} onChange={(e) => setHerhaling(e.target.value)} />}
        </Veld>
        <div className="koers-formulier__knoppen">
          <Button type="submit" appearance="primary-action-button" busy={formulier.bezig} disabled={formulier.bezig}>Wachtwoord wijzigen</Button>
        </div>
      </form>
    </section>
  )
}
