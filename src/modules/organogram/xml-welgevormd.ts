// A small XML well-formedness check for the tests (no XML parser is installed): one root element,
// tags nested and closed, attributes quoted and not repeated, and only valid entity references.
// Returns what is wrong, or null.
const NAAM = /^[A-Za-z_:][\w.:-]*/
const ENTITEIT = /^&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/

function controleerTekst(tekst: string, waar: number): string | null {
  for (let i = tekst.indexOf('&'); i >= 0; i = tekst.indexOf('&', i + 1)) {
    if (!ENTITEIT.test(tekst.slice(i))) return `ongeldige entiteit bij ${waar + i}`
  }
  return tekst.includes('<') ? `losse < bij ${waar}` : null
}

export function xmlProbleem(xml: string): string | null {
  const stapel: string[] = []
  let wortels = 0
  let i = 0
  if (xml.startsWith('<?xml')) i = xml.indexOf('?>') + 2
  while (i < xml.length) {
    const open = xml.indexOf('<', i)
    const tekst = xml.slice(i, open < 0 ? xml.length : open)
    if (stapel.length === 0 && tekst.trim() !== '') return `tekst buiten het wortelelement bij ${i}`
    const fout = controleerTekst(tekst, i)
    if (fout) return fout
    if (open < 0) break
    if (xml.startsWith('<!--', open)) { i = xml.indexOf('-->', open) + 3; if (i < 3) return 'commentaar niet gesloten'; continue }
    if (xml.startsWith('<?', open)) { i = xml.indexOf('?>', open) + 2; if (i < 2) return 'instructie niet gesloten'; continue }
    if (xml.startsWith('</', open)) {
      const naam = NAAM.exec(xml.slice(open + 2))?.[0]
      const sluit = xml.indexOf('>', open)
      if (!naam || sluit < 0 || xml.slice(open + 2 + naam.length, sluit).trim() !== '') return `ongeldige sluittag bij ${open}`
      if (stapel.pop() !== naam) return `</${naam}> sluit niet wat open staat (bij ${open})`
      i = sluit + 1
      continue
    }
    const naam = NAAM.exec(xml.slice(open + 1))?.[0]
    if (!naam) return `ongeldige tag bij ${open}`
    if (stapel.length === 0 && ++wortels > 1) return 'meer dan één wortelelement'
    let j = open + 1 + naam.length
    const attributen = new Set<string>()
    for (;;) {
      while (/\s/.test(xml[j] ?? '')) j++
      if (xml.startsWith('/>', j)) { j += 2; break }
      if (xml[j] === '>') { stapel.push(naam); j++; break }
      const attr = NAAM.exec(xml.slice(j))?.[0]
      if (!attr) return `ongeldig attribuut in <${naam}> bij ${j}`
      if (attributen.has(attr)) return `attribuut ${attr} dubbel in <${naam}>`
      attributen.add(attr)
      j += attr.length
      if (xml[j] !== '=' || !['"', "'"].includes(xml[j + 1] ?? '')) return `attribuut ${attr} zonder waarde tussen aanhalingstekens`
      const quote = xml[j + 1]!
      const eind = xml.indexOf(quote, j + 2)
      if (eind < 0) return `attribuut ${attr} niet gesloten`
      const waarde = controleerTekst(xml.slice(j + 2, eind), j + 2)
      if (waarde) return waarde
      j = eind + 1
      if (!/[\s/>]/.test(xml[j] ?? '')) return `geen spatie na attribuut ${attr}`
    }
    i = j
  }
  if (stapel.length > 0) return `<${stapel[stapel.length - 1]}> niet gesloten`
  return wortels === 1 ? null : 'geen wortelelement'
}
