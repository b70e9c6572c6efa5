// PNG from the SVG with resvg, compiled to WebAssembly: pure JavaScript on the server, no browser
// and no native addon (ENGINEERING.md). The wasm module and the fonts load once per process, from
// node_modules: nothing is downloaded at run time.
import fs from 'node:fs'
import { createRequire } from 'node:module'
import { Resvg, initWasm } from '@resvg/resvg-wasm'
import { INGEBED_LETTERTYPE } from './huisstijl.ts'

const require = createRequire(import.meta.url)

/** Noto Sans regular and bold (OFL), as TTF files: resvg and pdfkit both take them. */
export const LETTERTYPE_BESTANDEN = {
  regulier: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  vet: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
} as const

let gereed: Promise<Uint8Array[]> | undefined

function voorbereiden(): Promise<Uint8Array[]> {
  gereed ??= (async () => {
    await initWasm(fs.readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')))
    return [fs.readFileSync(LETTERTYPE_BESTANDEN.regulier), fs.readFileSync(LETTERTYPE_BESTANDEN.vet)]
  })()
  return gereed
}

/** Largest edge and pixel count of a PNG export: a whole 20,000-eenheden tree still renders, smaller. */
export const PNG_GRENS = { rand: 8000, pixels: 40_000_000, schaal: 2 } as const

/** The pixel size of the PNG for an SVG of the given size: twice as sharp as the SVG, within PNG_GRENS. */
export function pngAfmeting(breedte: number, hoogte: number): { breedte: number; hoogte: number } {
  const schaal = Math.min(PNG_GRENS.schaal, PNG_GRENS.rand / breedte, PNG_GRENS.rand / hoogte, Math.sqrt(PNG_GRENS.pixels / (breedte * hoogte)))
  const b = Math.max(1, Math.round(breedte * schaal))
  return { breedte: b, hoogte: Math.max(1, Math.round((hoogte * b) / breedte)) }
}

export async function renderPng(svg: string, breedte: number, hoogte: number): Promise<Buffer> {
  const fontBuffers = await voorbereiden()
  const doel = pngAfmeting(breedte, hoogte)
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: doel.breedte },
    font: { fontBuffers, defaultFontFamily: INGEBED_LETTERTYPE, sansSerifFamily: INGEBED_LETTERTYPE },
    shapeRendering: 2,
    textRendering: 1,
  })
  try {
    const beeld = resvg.render()
    try {
      return Buffer.from(beeld.asPng())
    } finally {
      beeld.free()
    }
  } finally {
    resvg.free()
  }
}
