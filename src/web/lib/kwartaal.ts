// Quarters as the capacity API uses them ('2027-Q1'), in Dutch words and as ranges for the pickers.
// Pure, so it is unit-tested (kwartaal.test.ts).

export const KWARTAAL = /^(\d{4})-Q([1-4])$/

export function isKwartaal(waarde: string | null | undefined): waarde is string {
  return typeof waarde === 'string' && KWARTAAL.test(waarde)
}

/** '2027-05-14' → '2027-Q2' */
export function kwartaalVan(datum: string): string {
  return `${datum.slice(0, 4)}-Q${Math.floor((Number(datum.slice(5, 7)) - 1) / 3) + 1}`
}

const nummer = (k: string) => Number(k.slice(0, 4)) * 4 + Number(k.slice(6)) - 1
const uitNummer = (n: number) => `${Math.floor(n / 4)}-Q${(n % 4) + 1}`

/** The quarter n quarters later (or earlier, for negative n). */
export function kwartaalPlus(kwartaal: string, n: number): string {
  return uitNummer(nummer(kwartaal) + n)
}

/** Every quarter from van to tot inclusive (empty when tot is before van), at most 40. */
export function kwartalenTussen(van: string, tot: string): string[] {
  const uit: string[] = []
  for (let n = nummer(van); n <= nummer(tot) && uit.length < 40; n++) uit.push(uitNummer(n))
  return uit
}

/** '2027-Q1' → '1e kwartaal 2027' */
export function kwartaalLabel(kwartaal: string): string {
  const m = KWARTAAL.exec(kwartaal)
  return m ? `${m[2]}e kwartaal ${m[1]}` : kwartaal
}

/** '2027-Q1' → 'K1 2027' (table headers) */
export function kwartaalKort(kwartaal: string): string {
  const m = KWARTAAL.exec(kwartaal)
  return m ? `K${m[2]} ${m[1]}` : kwartaal
}
