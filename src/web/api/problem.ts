// Maps a problem+json answer onto a form: each invalidParams entry to the field it names
// (`titel`, `acties.1.naam`, `acties.0.delen.1.functieIds`), and whatever matches no field to a
// general message at the top. Pure, so it is unit-tested (problem.test.ts).
import type { Probleem } from './types.ts'

export interface VeldFouten {
  /** Field name as the API sends it → the Dutch reasons for it. */
  velden: Record<string, string[]>
  /** Messages for the form as a whole: the detail, and invalid params that belong to no field. */
  algemeen: string[]
}

/** Reads "acties.1.naam moet …" as field "acties.1.naam"; a shorter known prefix also counts. */
export function veldFoutenUit(probleem: Probleem | null, bekendeVelden: readonly string[]): VeldFouten {
  const resultaat: VeldFouten = { velden: {}, algemeen: [] }
  if (!probleem) return resultaat
  const bekend = new Set(bekendeVelden)
  for (const param of probleem.invalidParams ?? []) {
    const veld = dichtstbijzijndVeld(param.name, bekend)
    const reden = zin(param.reason)
    if (veld === null) resultaat.algemeen.push(`${param.name}: ${reden}`)
    else (resultaat.velden[veld] ??= []).push(reden)
  }
  if (resultaat.algemeen.length === 0 && Object.keys(resultaat.velden).length === 0) resultaat.algemeen.push(probleem.detail)
  return resultaat
}

/** `acties.0.delen.1.naam` → itself when known, else `acties.0.delen.1`, `acties.0.delen`, … */
export function dichtstbijzijndVeld(naam: string, bekend: ReadonlySet<string>): string | null {
  const delen = naam.split('.')
  for (let n = delen.length; n > 0; n--) {
    const kandidaat = delen.slice(0, n).join('.')
    if (bekend.has(kandidaat)) return kandidaat
  }
  return null
}

/** "mag niet leeg zijn" → "Mag niet leeg zijn." */
export function zin(tekst: string): string {
  const t = tekst.trim()
  if (t === '') return t
  const hoofdletter = t.charAt(0).toLocaleUpperCase('nl') + t.slice(1)
  return /[.!?]$/.test(hoofdletter) ? hoofdletter : `${hoofdletter}.`
}

/** A stable element id for a field name, for aria-describedby and for links in the error summary. */
export function veldId(naam: string): string {
  return `veld-${naam.replace(/[^a-zA-Z0-9]+/g, '-')}`
}
