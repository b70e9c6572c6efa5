// The fields of one actie, depending on its soort. Every field has a label, and the API's message
// for it (e.g. acties.1.naam) right below it.
import { Button, FormLabel, Heading, Select, SelectOption, Textbox } from '@utrecht/component-library-react'
import { apiUrl } from '../../api/client.ts'
import { veldId } from '../../api/problem.ts'
import type { EenheidSoort, FunctieKort, Pagina } from '../../api/types.ts'
import { useApi } from '../../api/use-api.ts'
import { useApp } from '../../app/app-context.ts'
import { ACTIE_SOORTEN, EENHEID_SOORT_CODES, eenheidSoort } from '../../lib/format.ts'
import type { ActieConcept, Keuze } from './acties-formulier.ts'
import { Kiezer } from './Kiezer.tsx'
import { VeldFout } from './VeldFout.tsx'

export interface ActieVeldenProps {
  actie: ActieConcept
  index: number
  ingangsdatum: string
  nieuw: Keuze[]
  fouten: Record<string, string[]>
  onWijzig: (actie: ActieConcept) => void
  onVerwijder: () => void
}

export function ActieVelden({ actie, index, ingangsdatum, nieuw, fouten, onWijzig, onVerwijder }: ActieVeldenProps) {
  const p = `acties.${index}`
  const zet = (deel: Partial<ActieConcept>) => onWijzig({ ...actie, ...deel })
  const nummer = index + 1
  const tekst = (veld: 'naam', label: string) => <TekstVeld naam={`${p}.${veld}`} label={label} waarde={actie[veld]} fouten={fouten[`${p}.${veld}`]} onWijzig={(w) => zet({ [veld]: w })} />
  const soortVeld = <SoortVeld naam={`${p}.eenheidSoort`} label={`Soort eenheid (actie ${nummer})`} waarde={actie.eenheidSoort} fouten={fouten[`${p}.eenheidSoort`]} onWijzig={(w) => zet({ eenheidSoort: w })} />
  const eenheidKiezer = (label: string) => <Kiezer id={veldId(`${p}.eenheidId`)} label={label} wat="eenheid" peildatum={ingangsdatum} gekozen={actie.eenheid} onKies={(k) => zet({ eenheid: k })} fouten={fouten[`${p}.eenheidId`]} />
  const bovenKiezer = (label: string, beschrijving?: string) => (
    <Kiezer id={veldId(`${p}.bovenEenheidId`)} label={label} wat="eenheid" peildatum={ingangsdatum} gekozen={actie.boven} nieuw={nieuw} beschrijving={beschrijving}
      onKies={(k) => zet({ boven: k })} fouten={[...(fouten[`${p}.bovenEenheidId`] ?? []), ...(fouten[`${p}.bovenSleutel`] ?? [])]} />
  )
  const algemeen = [...(fouten[p] ?? []), ...(fouten[`${p}.soort`] ?? []), ...(fouten[`${p}.sleutel`] ?? [])]

  return (
    <fieldset className="koers-actie utrecht-form-fieldset" aria-labelledby={`${veldId(p)}-kop`}>
      <div className="koers-actie__kop">
        <Heading level={3} id={`${veldId(p)}-kop`}>Actie {nummer}: {ACTIE_SOORTEN[actie.soort]}</Heading>
        <Button appearance="subtle-button" hint="danger" onClick={onVerwijder}>Verwijder actie {nummer}</Button>
      </div>
      {algemeen.length > 0 && <VeldFout id={veldId(p)} fouten={algemeen} />}
      {actie.soort === 'eenheidAanmaken' && <>{tekst('naam', `Naam van de nieuwe eenheid (actie ${nummer})`)}{soortVeld}{bovenKiezer(`Valt onder (actie ${nummer})`, 'Laat leeg voor een eenheid bovenaan.')}</>}
      {actie.soort === 'eenheidHernoemen' && <>{eenheidKiezer(`Eenheid (actie ${nummer})`)}{tekst('naam', `Nieuwe naam (actie ${nummer})`)}</>}
      {actie.soort === 'eenheidVerplaatsen' && <>{eenheidKiezer(`Eenheid (actie ${nummer})`)}{bovenKiezer(`Komt te vallen onder (actie ${nummer})`)}</>}
      {actie.soort === 'eenheidOpheffen' && eenheidKiezer(`Eenheid die wordt opgeheven (actie ${nummer})`)}
      {actie.soort === 'eenhedenSamenvoegen' && (
        <>
          <MeerdereEenheden actie={actie} nummer={nummer} naam={`${p}.eenheidIds`} ingangsdatum={ingangsdatum} fouten={fouten[`${p}.eenheidIds`]} onWijzig={(eenheden) => zet({ eenheden })} />
          {tekst('naam', `Naam van de samengevoegde eenheid (actie ${nummer})`)}{soortVeld}{bovenKiezer(`Valt onder (actie ${nummer})`)}
        </>
      )}
      {actie.soort === 'functieVerplaatsen' && (
        <>
          <Kiezer id={veldId(`${p}.functieId`)} label={`Functie (actie ${nummer})`} wat="functie" peildatum={ingangsdatum} gekozen={actie.functie} onKies={(k) => zet({ functie: k })} fouten={fouten[`${p}.functieId`]} />
          <Kiezer id={veldId(`${p}.eenheidId`)} label={`Naar eenheid (actie ${nummer})`} wat="eenheid" peildatum={ingangsdatum} gekozen={actie.eenheid} nieuw={nieuw}
            onKies={(k) => zet({ eenheid: k })} fouten={[...(fouten[`${p}.eenheidId`] ?? []), ...(fouten[`${p}.eenheidSleutel`] ?? [])]} />
        </>
      )}
      {actie.soort === 'eenheidSplitsen' && <SplitsVelden actie={actie} nummer={nummer} p={p} ingangsdatum={ingangsdatum} fouten={fouten} zet={zet} eenheidKiezer={eenheidKiezer(`Eenheid die wordt gesplitst (actie ${nummer})`)} />}
    </fieldset>
  )
}

function TekstVeld({ naam, label, waarde, fouten, onWijzig }: { naam: string; label: string; waarde: string; fouten?: string[] | undefined; onWijzig: (w: string) => void }) {
  const id = veldId(naam)
  return (
    <div className={`utrecht-form-field utrecht-form-field--text${fouten?.length ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label"><FormLabel htmlFor={id}>{label}</FormLabel></div>
      <div className="utrecht-form-field__input">
        <Textbox id={id} value={waarde} invalid={Boolean(fouten?.length)} aria-describedby={fouten?.length ? `${id}-fout` : undefined} onChange={(e) => onWijzig(e.target.value)} />
      </div>
      <VeldFout id={`${id}-fout`} fouten={fouten} />
    </div>
  )
}

function SoortVeld({ naam, label, waarde, fouten, onWijzig, leegLabel }: { naam: string; label: string; waarde: EenheidSoort | ''; fouten?: string[] | undefined; onWijzig: (w: EenheidSoort | '') => void; leegLabel?: string }) {
  const id = veldId(naam)
  return (
    <div className={`utrecht-form-field utrecht-form-field--text${fouten?.length ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label"><FormLabel htmlFor={id}>{label}</FormLabel></div>
      <div className="utrecht-form-field__input">
        <Select id={id} value={waarde} invalid={Boolean(fouten?.length)} aria-describedby={fouten?.length ? `${id}-fout` : undefined} onChange={(e) => onWijzig(e.target.value as EenheidSoort | '')}>
          {leegLabel !== undefined && <SelectOption value="">{leegLabel}</SelectOption>}
          {EENHEID_SOORT_CODES.map((s) => <SelectOption key={s} value={s}>{eenheidSoort(s)}</SelectOption>)}
        </Select>
      </div>
      <VeldFout id={`${id}-fout`} fouten={fouten} />
    </div>
  )
}

function MeerdereEenheden({ actie, nummer, naam, ingangsdatum, fouten, onWijzig }: { actie: ActieConcept; nummer: number; naam: string; ingangsdatum: string; fouten?: string[] | undefined; onWijzig: (k: Keuze[]) => void }) {
  return (
    <div>
      {actie.eenheden.length > 0 && (
        <ul className="koers-gekozen" aria-label={`Eenheden die samengaan (actie ${nummer})`}>
          {actie.eenheden.map((e) => (
            <li key={e.id}>{e.naam}<Button appearance="subtle-button" onClick={() => onWijzig(actie.eenheden.filter((x) => x.id !== e.id))} aria-label={`${e.naam} niet samenvoegen`}>Verwijder</Button></li>
          ))}
        </ul>
      )}
      <Kiezer key={actie.eenheden.length} id={veldId(naam)} label={`Voeg een eenheid toe die samengaat (actie ${nummer})`} wat="eenheid" peildatum={ingangsdatum} gekozen={null}
        beschrijving="Kies minstens twee eenheden; hun functies en onderliggende eenheden gaan mee." fouten={fouten}
        onKies={(k) => { if (k?.id && !actie.eenheden.some((e) => e.id === k.id)) onWijzig([...actie.eenheden, k]) }} />
    </div>
  )
}

function SplitsVelden({ actie, nummer, p, ingangsdatum, fouten, zet, eenheidKiezer }: {
  actie: ActieConcept; nummer: number; p: string; ingangsdatum: string; fouten: Record<string, string[]>
  zet: (deel: Partial<ActieConcept>) => void; eenheidKiezer: React.ReactNode
}) {
  const { organisatieId } = useApp()
  const eenheidId = actie.eenheid?.id
  const functies = useApi<Pagina<FunctieKort>>(eenheidId ? apiUrl(`/organisaties/${organisatieId}/functies`, { eenheidId, peildatum: ingangsdatum, paginaGrootte: 500 }) : null)
  const onder = useApi<{ onderliggendeEenheden: { id: string; naam: string }[] }>(eenheidId ? apiUrl(`/organisaties/${organisatieId}/eenheden/${eenheidId}`, { peildatum: ingangsdatum }) : null)
  const deelKeuze = (id: string, label: string, waarde: number | undefined, onWijzig: (deel: number) => void) => (
    <div className="utrecht-form-field utrecht-form-field--text" key={id}>
      <div className="utrecht-form-field__label"><FormLabel htmlFor={id}>{label}</FormLabel></div>
      <Select id={id} value={waarde === undefined ? '' : String(waarde)} onChange={(e) => onWijzig(Number(e.target.value))}>
        <SelectOption value="">Kies een deel</SelectOption>
        {actie.delen.map((d, i) => <SelectOption key={i} value={String(i)}>Deel {i + 1}{d.naam ? `: ${d.naam}` : ''}</SelectOption>)}
      </Select>
    </div>
  )
  return (
    <>
      {eenheidKiezer}
      <VeldFout id={veldId(`${p}.delen`)} fouten={fouten[`${p}.delen`]} />
      {actie.delen.map((d, i) => (
        <div key={i}>
          <TekstVeld naam={`${p}.delen.${i}.naam`} label={`Naam van deel ${i + 1} (actie ${nummer})`} waarde={d.naam} fouten={[...(fouten[`${p}.delen.${i}.naam`] ?? []), ...(fouten[`${p}.delen.${i}`] ?? [])]}
            onWijzig={(naam) => zet({ delen: actie.delen.map((x, j) => (j === i ? { ...x, naam } : x)) })} />
        </div>
      ))}
      <div className="koers-acties">
        <Button appearance="secondary-action-button" onClick={() => zet({ delen: [...actie.delen, { naam: '', eenheidSoort: '' }] })}>Deel toevoegen</Button>
        {actie.delen.length > 2 && <Button appearance="subtle-button" onClick={() => zet({ delen: actie.delen.slice(0, -1) })}>Laatste deel weghalen</Button>}
      </div>
      {functies.data && functies.data.resultaten.length > 0 && (
        <>
          <Heading level={4}>Naar welk deel gaat elke functie?</Heading>
          {functies.data.resultaten.map((f) => deelKeuze(`${veldId(p)}-functie-${f.id}`, `${f.naam}${f.houders[0] ? ` (${f.houders.map((h) => h.naam).join(', ')})` : ''}`, actie.functieNaarDeel[f.id],
            (deel) => zet({ functieNaarDeel: { ...actie.functieNaarDeel, [f.id]: deel } })))}
        </>
      )}
      {onder.data && onder.data.onderliggendeEenheden.length > 0 && (
        <>
          <Heading level={4}>Naar welk deel gaat elke onderliggende eenheid?</Heading>
          {onder.data.onderliggendeEenheden.map((o) => deelKeuze(`${veldId(p)}-onder-${o.id}`, o.naam, actie.onderNaarDeel[o.id],
            (deel) => zet({ onderNaarDeel: { ...actie.onderNaarDeel, [o.id]: deel } })))}
        </>
      )}
    </>
  )
}
