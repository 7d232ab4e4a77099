import { describe, expect, it } from 'vitest'
import { TILE_ORDER } from './russiaTiles'
import { PALETTE } from './figures'
import { tileMapSvg } from './tilePicture'

describe('the tile map as a picture', () => {
  it('draws all 89 regions with their colour and figure, and the legend', () => {
    const tiles = TILE_ORDER.map((code, i) => ({ code, text: String(i), level: i % 7 === 0 ? null : i % PALETTE.length }))
    const svg = tileMapSvg(tiles, 'Открытые дефициты', [{ level: 0, label: '1–5' } as never, { level: 4, label: '6–10' } as never], 'нет данных')
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
    expect(doc.querySelector('parsererror')).toBeNull()
    const rects = [...doc.querySelectorAll('rect[rx]')]
    expect(rects).toHaveLength(89)
    expect(rects.filter((r) => r.getAttribute('fill') === PALETTE[3])).toHaveLength(tiles.filter((t) => t.level === 3).length)
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent)
    expect(texts).toContain('Открытые дефициты')
    expect(texts).toContain('СПб')
    expect(texts).toContain('нет данных')
  })
})
