import { escapeXml } from '../pictures'
import { GRID_COLUMNS, RUSSIA_TILES } from './russiaTiles'
import { DARK_LEVELS, PALETTE, type LegendBin } from './figures'

export interface PictureTile {
  code: string
  text: string
  level: number | null
}

const S = 56
const GAP = 4

/** The tile map as a standalone SVG for slides: each tile with its short name and figure, the legend under it. */
export function tileMapSvg(tiles: PictureTile[], title: string, bins: LegendBin[], emptyLabel: string): string {
  const rows = Math.max(...Object.values(RUSSIA_TILES).map((t) => t.row)) + 1
  const width = GRID_COLUMNS * S + 40
  const legendY = 50 + rows * S + 30
  const height = legendY + 30
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Arial, Helvetica, sans-serif">`,
    '<rect width="100%" height="100%" fill="#ffffff"/>',
    `<text x="20" y="30" font-size="18" font-weight="700" fill="#1c2430">${escapeXml(title)}</text>`]
  for (const tile of tiles) {
    const place = RUSSIA_TILES[tile.code]
    if (!place) continue
    const x = 20 + place.col * S
    const y = 50 + place.row * S
    const dark = (tile.level ?? 0) >= DARK_LEVELS
    const ink = dark ? '#ffffff' : '#1c2430'
    out.push(`<rect x="${x}" y="${y}" width="${S - GAP}" height="${S - GAP}" rx="4" fill="${tile.level == null ? '#f4f5f7' : PALETTE[tile.level]}" stroke="#c5ccd6"/>`)
    out.push(`<text x="${x + (S - GAP) / 2}" y="${y + 21}" font-size="11" font-weight="700" text-anchor="middle" fill="${ink}">${escapeXml(place.short)}</text>`)
    if (tile.level != null) out.push(`<text x="${x + (S - GAP) / 2}" y="${y + 38}" font-size="11" text-anchor="middle" fill="${ink}">${escapeXml(tile.text)}</text>`)
  }
  let x = 20
  for (const bin of [...bins.map((b) => ({ color: PALETTE[b.level], label: b.label })), { color: '#f4f5f7', label: emptyLabel }]) {
    out.push(`<rect x="${x}" y="${legendY - 11}" width="16" height="12" fill="${bin.color}" stroke="#c5ccd6"/>`)
    out.push(`<text x="${x + 22}" y="${legendY}" font-size="12" fill="#1c2430">${escapeXml(bin.label)}</text>`)
    x += 40 + bin.label.length * 7
  }
  out.push('</svg>')
  return out.join('\n')
}
