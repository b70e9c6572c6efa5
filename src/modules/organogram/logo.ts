// An organisatie's logo: checked when it is stored, measured when it is drawn. An SVG logo is
// embedded as an <image> (a data: URI), where browsers never run its scripts; refusing scripts,
// event handlers and external references anyway keeps the stored file safe wherever it is used.
import type { Logo, LogoMediatype } from './huisstijl.ts'

export const LOGO_MAX_BYTES = 512 * 1024
const PNG_HANDTEKENING = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** Why the logo cannot be used, in Dutch; null when it is fine. */
export function logoProbleem(mediatype: LogoMediatype, data: Uint8Array): string | null {
  if (data.length === 0) return 'is leeg'
  if (data.length > LOGO_MAX_BYTES) return `is groter dan ${LOGO_MAX_BYTES / 1024} kB`
  if (mediatype === 'image/png') {
    return PNG_HANDTEKENING.every((b, i) => data[i] === b) && data.length > 24 ? null : 'is geen PNG-bestand'
  }
  const tekst = new TextDecoder('utf-8', { fatal: false }).decode(data)
  if (!/<svg[\s>]/i.test(tekst)) return 'is geen SVG-bestand'
  if (/<script|<foreignObject|\son[a-z]+\s*=|javascript:|<!ENTITY/i.test(tekst)) return 'bevat scripts, entiteiten of ingebedde HTML'
  if (/(?:xlink:)?href\s*=\s*["'](?!#|data:)/i.test(tekst)) return 'verwijst naar externe bestanden'
  return null
}

/** Natural width and height of the logo (px); a square when an SVG does not say. */
export function logoAfmeting(logo: Logo): { breedte: number; hoogte: number } {
  const d = logo.data
  if (logo.mediatype === 'image/png') {
    const view = new DataView(d.buffer, d.byteOffset, d.byteLength)
    return { breedte: view.getUint32(16), hoogte: view.getUint32(20) }
  }
  const kop = /<svg[^>]*>/i.exec(new TextDecoder().decode(d.subarray(0, 4096)))?.[0] ?? ''
  const viewBox = /viewBox\s*=\s*["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(kop)
  if (viewBox) return { breedte: Number(viewBox[1]), hoogte: Number(viewBox[2]) }
  const b = /\swidth\s*=\s*["']([\d.]+)/i.exec(kop)
  const h = /\sheight\s*=\s*["']([\d.]+)/i.exec(kop)
  return b && h ? { breedte: Number(b[1]), hoogte: Number(h[1]) } : { breedte: 1, hoogte: 1 }
}

/** Fits the logo in a box, keeping its proportions. */
export function logoInVak(logo: Logo, maxBreedte: number, maxHoogte: number) {
  const { breedte, hoogte } = logoAfmeting(logo)
  const schaal = Math.min(maxBreedte / (breedte || 1), maxHoogte / (hoogte || 1))
  return { breedte: breedte * schaal, hoogte: hoogte * schaal }
}

export const logoDataUri = (logo: Logo) => `data:${logo.mediatype};base64,${Buffer.from(logo.data).toString('base64')}`
