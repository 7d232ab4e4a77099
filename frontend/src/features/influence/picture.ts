import { escapeXml } from '../../components/pictures'
import { KIND_STYLE, type EdgeKind } from './layout'
import { layoutFlows } from './flowLayout'
import type { Flow, FlowRow } from './flows'

/**
 * Pictures of the influence for slides: the flows as a standalone SVG (or the same drawn into a PNG), the heat
 * map as a PNG of its canvas. A standalone picture carries its texts as SVG text in a common font.
 */

const LIGHT = [0xdc, 0xe8, 0xf7]
const DARK = [0x08, 0x30, 0x6b]

/** The heat map's colour of a weight: light to dark blue on a square-root scale, so small weights still show. */
export function heatColor(weight: number, max: number): string {
  const share = Math.sqrt(Math.max(0, Math.min(1, weight / Math.max(1, max))))
  const c = LIGHT.map((l, i) => Math.round(l + (DARK[i] - l) * share))
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`
}

function cut(text: string, chars: number) {
  return text.length <= chars ? text : `${text.slice(0, chars - 1)}…`
}

export interface FlowSvgTexts {
  title: string
  givers: string
  receivers: string
  kindLabel: (kind: EdgeKind) => string
  number: (n: number) => string
}

/** The flows picture as a standalone SVG document: names and totals on both sides, bands between, a legend. */
export function flowSvg(rows: FlowRow[], flows: Flow[], nameOf: (code: string) => string, texts: FlowSvgTexts): string {
  const ROW = rows.length > 12 ? 26 : 40
  const LABEL = 300
  const BANDS = 400
  const TOP = 64
  const picture = layoutFlows(rows, flows, ROW, BANDS)
  const width = 2 * LABEL + BANDS + 40
  const legendY = TOP + picture.height + 30
  const height = legendY + 30
  const out: string[] = []
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Arial, Helvetica, sans-serif">`)
  out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`)
  out.push(`<text x="20" y="28" font-size="18" font-weight="700" fill="#1c2430">${escapeXml(texts.title)}</text>`)
  out.push(`<text x="${LABEL}" y="${TOP - 10}" font-size="12" font-weight="700" fill="#4a5566" text-anchor="end">${escapeXml(texts.givers)}</text>`)
  out.push(`<text x="${LABEL + BANDS + 40}" y="${TOP - 10}" font-size="12" font-weight="700" fill="#4a5566">${escapeXml(texts.receivers)}</text>`)
  out.push(`<g transform="translate(${LABEL + 20},${TOP})" opacity="0.7">`)
  for (const band of picture.bands) {
    for (const s of band.stripes) out.push(`<path d="${s.path}" fill="${KIND_STYLE[s.kind].color}"/>`)
  }
  out.push('</g>')
  rows.forEach((r, i) => {
    const y = TOP + i * ROW + ROW / 2 + 5
    out.push(`<text x="${LABEL + 10}" y="${y}" font-size="13" fill="#1c2430" text-anchor="end">${escapeXml(cut(nameOf(r.code), 34))} <tspan font-weight="700">${texts.number(r.given)}</tspan></text>`)
    out.push(`<text x="${LABEL + BANDS + 30}" y="${y}" font-size="13" fill="#1c2430"><tspan font-weight="700">${texts.number(r.received)}</tspan> ${escapeXml(cut(nameOf(r.code), 34))}</text>`)
  })
  let x = 20
  for (const kind of Object.keys(KIND_STYLE) as EdgeKind[]) {
    const label = texts.kindLabel(kind)
    out.push(`<rect x="${x}" y="${legendY - 10}" width="16" height="10" fill="${KIND_STYLE[kind].color}"/>`)
    out.push(`<text x="${x + 22}" y="${legendY}" font-size="12" fill="#1c2430">${escapeXml(label)}</text>`)
    x += 40 + label.length * 7
  }
  out.push('</svg>')
  return out.join('\n')
}

/** The heat map as a standalone SVG: a square per non-empty cell, districts named along the top and the left. */
export function matrixSvg(codes: string[], runs: { district: string; start: number; length: number }[], grid: number[][],
  districtName: (code: string) => string, title: string): string {
  const C = 8
  const AXIS = 60
  const size = AXIS + C * codes.length
  const max = Math.max(1, ...grid.flat())
  const out: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" width="${size + 20}" height="${size + 50}" viewBox="0 0 ${size + 20} ${size + 50}" font-family="Arial, Helvetica, sans-serif">`,
    '<rect width="100%" height="100%" fill="#ffffff"/>',
    `<text x="10" y="22" font-size="16" font-weight="700" fill="#1c2430">${escapeXml(title)}</text>`,
    `<g transform="translate(0,30)">`]
  grid.forEach((row, i) => row.forEach((w, j) => {
    if (w) out.push(`<rect x="${AXIS + j * C}" y="${AXIS + i * C}" width="${C}" height="${C}" fill="${heatColor(w, max)}"/>`)
  }))
  for (const run of runs) {
    const a = AXIS + run.start * C
    const mid = a + (run.length * C) / 2
    out.push(`<line x1="${a}" y1="${AXIS - 6}" x2="${a}" y2="${size}" stroke="#8a94a6"/><line x1="${AXIS - 6}" y1="${a}" x2="${size}" y2="${a}" stroke="#8a94a6"/>`)
    out.push(`<text x="${mid}" y="${AXIS - 12}" font-size="10" text-anchor="middle" fill="#1c2430">${escapeXml(districtName(run.district))}</text>`)
    out.push(`<text transform="translate(${AXIS - 12},${mid}) rotate(-90)" font-size="10" text-anchor="middle" fill="#1c2430">${escapeXml(districtName(run.district))}</text>`)
  }
  out.push('</g></svg>')
  return out.join('\n')
}
