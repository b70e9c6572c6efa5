// Quarters as capacity is claimed in them: 'JJJJ-Qn'. A quarter's capacity is the bezetting on its
// first day; it runs to (not including) the first day of the next quarter.
export const KWARTAAL_PATROON = '^[0-9]{4}-Q[1-4]$'

export function kwartaalStart(kwartaal: string): string {
  const [jaar, q] = [Number(kwartaal.slice(0, 4)), Number(kwartaal.slice(6))]
  return `${jaar}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`
}

export function kwartaalEinde(kwartaal: string): string {
  const [jaar, q] = [Number(kwartaal.slice(0, 4)), Number(kwartaal.slice(6))]
  return q === 4 ? `${jaar + 1}-01-01` : `${jaar}-${String(q * 3 + 1).padStart(2, '0')}-01`
}

export function kwartaalVan(datum: string): string {
  return `${datum.slice(0, 4)}-Q${Math.floor((Number(datum.slice(5, 7)) - 1) / 3) + 1}`
}

/** Every quarter from van to tot inclusive, at most 40. */
export function kwartalen(van: string, tot: string): string[] {
  const uit: string[] = []
  let [jaar, q] = [Number(van.slice(0, 4)), Number(van.slice(6))]
  const eind = Number(tot.slice(0, 4)) * 4 + Number(tot.slice(6))
  while (jaar * 4 + q <= eind && uit.length < 40) {
    uit.push(`${jaar}-Q${q}`)
    q += 1
    if (q > 4) { q = 1; jaar += 1 }
  }
  return uit
}
