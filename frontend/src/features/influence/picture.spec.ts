import { describe, expect, it } from 'vitest'
import { flowsBetween, rowsOf } from './flows'
import { flowSvg, heatColor, matrixSvg } from './picture'

const edges = [
  { fromRegionCode: '27', toRegionCode: '22', weight: 3, itemCount: 2, kindWeights: [{ kind: 'PRACTICE_USED' as const, weight: 1, itemCount: 1 }, { kind: 'DECLARED' as const, weight: 2, itemCount: 1 }] },
  { fromRegionCode: '22', toRegionCode: '27', weight: 1, itemCount: 1, kindWeights: [{ kind: 'ADOPTION' as const, weight: 1, itemCount: 1 }] },
]

describe('pictures of the influence', () => {
  it('draw the flows as a standalone SVG with both sides named, a stripe per kind and the legend', () => {
    const flows = flowsBetween(edges, (c) => c)
    const names: Record<string, string> = { '22': 'Алтайский край', '27': 'Хабаровский & Ко' }
    const svg = flowSvg(rowsOf(flows, ['22', '27']), flows, (c) => names[c], {
      title: 'Карта влияния', givers: 'Кто отдаёт', receivers: 'Кто получает', kindLabel: (k) => k, number: String,
    })
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
    expect(doc.querySelector('parsererror')).toBeNull()
    expect(doc.querySelectorAll('path')).toHaveLength(3)
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '')
    expect(texts.filter((t) => t.includes('Хабаровский & Ко'))).toHaveLength(2)
    expect(texts).toContain('DECLARED')
  })

  it('draw the heat map with a square per link, darker for more weight', () => {
    const svg = matrixSvg(['22', '27'], [{ district: 'SIBFD', start: 0, length: 2 }], [[0, 1], [3, 0]], () => 'СФО', 'Матрица')
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
    expect(doc.querySelectorAll('rect[width="8"]')).toHaveLength(2)
    expect(heatColor(3, 3)).toBe('rgb(8, 48, 107)')
    expect(heatColor(0, 3)).toBe('rgb(220, 232, 247)')
  })
})
