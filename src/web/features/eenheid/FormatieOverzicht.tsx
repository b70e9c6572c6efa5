// Formatie against bezetting in FTE: the eenheid itself and including everything below it.
import { Heading } from '@utrecht/component-library-react'
import type { Formatie, FormatieCijfers } from '../../api/types.ts'
import { fte, getal } from '../../lib/format.ts'

function Cijfers({ titel, cijfers, id }: { titel: string; cijfers: FormatieCijfers; id: string }) {
  const procent = cijfers.formatieFte > 0 ? Math.min(100, Math.round((cijfers.bezettingFte / cijfers.formatieFte) * 100)) : 0
  return (
    <>
      <Heading level={3} id={id}>{titel}</Heading>
      <dl className="koers-cijfers">
        <div><dt>Formatie</dt><dd>{getal(cijfers.formatieFte)} <span className="koers-klein">fte</span></dd></div>
        <div><dt>Bezetting</dt><dd>{getal(cijfers.bezettingFte)} <span className="koers-klein">fte</span></dd></div>
        <div><dt>Vacatures</dt><dd>{cijfers.vacatures}</dd></div>
      </dl>
      {cijfers.formatieFte > 0 && (
        <div className="koers-meter">
          <div className="koers-meter__balk" role="img" aria-label={`${procent}% van de formatie is bezet`}>
            <div className="koers-meter__vulling" style={{ inlineSize: `${procent}%` }} />
          </div>
          <span className="koers-klein">{procent}% bezet · {fte(cijfers.vacatureFte)} vacant · {cijfers.aantalFuncties} functies, {cijfers.aantalBezettingen} bezettingen</span>
        </div>
      )}
    </>
  )
}

export function FormatieOverzicht({ formatie }: { formatie: Formatie }) {
  const { perDienstverband: d } = formatie.inclusiefOnderliggend
  const onderliggend = formatie.aantalEenhedenInSubboom - 1
  return (
    <>
      <Cijfers id="formatie-eigen" titel="Deze eenheid" cijfers={formatie.eigen} />
      {onderliggend > 0 && <Cijfers id="formatie-subboom" titel={`Inclusief ${onderliggend} onderliggende ${onderliggend === 1 ? 'eenheid' : 'eenheden'}`} cijfers={formatie.inclusiefOnderliggend} />}
      <p className="koers-klein">
        Bezetting naar dienstverband{onderliggend > 0 ? ' (inclusief onderliggend)' : ''}: vast {getal(d.vast)}, tijdelijk {getal(d.tijdelijk)}, inhuur {getal(d.inhuur)}, stage {getal(d.stage)}{d.bestuurlijk > 0 ? `, bestuurlijk ${getal(d.bestuurlijk)}` : ''} fte.
      </p>
    </>
  )
}
