import { describe, expect, it } from 'vitest'
import { districtOf, flowsBetween, orderByDistrict, rankLinks, regionLinks, rowsOf, weightGrid } from './flows'
import { layoutFlows } from './flowLayout'
import { EDGE_KINDS, type EdgeKind, type MapEdge, type MapNode } from './layout'

const DISTRICTS = ['CFD', 'NWFD', 'SFD', 'NCFD', 'VFD', 'UFD', 'SIBFD', 'FEFD']

/** A country of 89 regions in 8 districts and a few thousand links of every kind, the same on every run. */
function country() {
  let seed = 7
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647
  const nodes: MapNode[] = Array.from({ length: 89 }, (_, i) => ({
    regionCode: String(i + 1).padStart(2, '0'), name: `Регион ${i + 1}`, federalDistrictCode: DISTRICTS[i % 8],
  }))
  const edges: MapEdge[] = []
  for (const a of nodes) for (const b of nodes) {
    if (a === b || random() > 0.5) continue
    const kinds = EDGE_KINDS.filter(() => random() < 0.35)
    if (!kinds.length) continue
    const kindWeights = kinds.map((kind) => ({ kind, weight: 1 + Math.floor(random() * 5), itemCount: 1 + Math.floor(random() * 3) }))
    edges.push({
      fromRegionCode: a.regionCode, toRegionCode: b.regionCode, kinds,
      weight: kindWeights.reduce((s, k) => s + k.weight, 0), itemCount: kindWeights.reduce((s, k) => s + k.itemCount, 0), kindWeights,
    })
  }
  return { nodes, edges }
}

describe('district flows', () => {
  const { nodes, edges } = country()
  const flows = flowsBetween(edges, districtOf(nodes))

  it('sum up to exactly the region links, in all, per kind and per district', () => {
    expect(edges.length).toBeGreaterThan(2000)
    const total = (list: { weight?: number }[]) => list.reduce((s, e) => s + (e.weight ?? 0), 0)
    expect(total(flows)).toBe(total(edges))
    expect(flows.reduce((s, f) => s + f.edges.length, 0)).toBe(edges.length)
    expect(flows).toHaveLength(64)
    for (const kind of EDGE_KINDS) {
      const inFlows = flows.flatMap((f) => f.parts).filter((p) => p.kind === kind).reduce((s, p) => s + p.weight, 0)
      const inEdges = edges.flatMap((e) => e.kindWeights ?? []).filter((p) => p.kind === kind).reduce((s, p) => s + (p.weight ?? 0), 0)
      expect(inFlows).toBe(inEdges)
    }
    const rows = rowsOf(flows, DISTRICTS)
    for (const row of rows) {
      const members = new Set(nodes.filter((n) => n.federalDistrictCode === row.code).map((n) => n.regionCode))
      expect(row.given).toBe(total(edges.filter((e) => members.has(e.fromRegionCode))))
      expect(row.received).toBe(total(edges.filter((e) => members.has(e.toRegionCode))))
    }
  })

  it('keep every kind a flow joins, in the order of the kinds, and the heaviest flow first', () => {
    for (const f of flows) {
      const kinds = f.parts.map((p) => p.kind)
      expect(kinds).toEqual(EDGE_KINDS.filter((k: EdgeKind) => kinds.includes(k)))
      expect(f.parts.reduce((s, p) => s + p.weight, 0)).toBe(f.weight)
    }
    for (let i = 1; i < flows.length; i++) expect(flows[i - 1].weight).toBeGreaterThanOrEqual(flows[i].weight)
  })

  it('are drawn as bands that stay inside their rows at both ends', () => {
    const rows = rowsOf(flows, DISTRICTS)
    const picture = layoutFlows(rows, flows, 40, 400)
    expect(picture.bands).toHaveLength(64)
    expect(picture.height).toBe(320)
    for (const band of picture.bands) {
      const from = DISTRICTS.indexOf(band.flow.from)
      const to = DISTRICTS.indexOf(band.flow.to)
      expect(band.stripes.map((s) => s.kind)).toEqual(band.flow.parts.map((p) => p.kind))
      for (const stripe of band.stripes) {
        const ys = [...stripe.path.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])])
        for (const [x, y] of ys) {
          const row = x === 0 ? from : x === 400 ? to : -1
          if (row >= 0) {
            expect(y).toBeGreaterThanOrEqual(row * 40 + 3.9)
            expect(y).toBeLessThanOrEqual(row * 40 + 36.1 + 0.75)
          }
        }
      }
    }
  })
})

describe('links of a region and the heat map', () => {
  const { nodes, edges } = country()

  it('rank a region\'s partners strongest first, apart for giving and receiving', () => {
    const { gives, receives } = regionLinks(edges, '05')
    expect(gives.every((e) => e.fromRegionCode === '05')).toBe(true)
    expect(receives.every((e) => e.toRegionCode === '05')).toBe(true)
    expect(gives.length + receives.length).toBe(edges.filter((e) => e.fromRegionCode === '05' || e.toRegionCode === '05').length)
    for (const list of [gives, receives, rankLinks(edges)]) {
      for (let i = 1; i < list.length; i++) expect(list[i - 1].weight!).toBeGreaterThanOrEqual(list[i].weight!)
    }
  })

  it('order the regions by district, with each district one run, and place every weight once', () => {
    const { codes, runs } = orderByDistrict(nodes, DISTRICTS)
    expect(new Set(codes).size).toBe(89)
    expect(runs.map((r) => r.district)).toEqual(DISTRICTS)
    expect(runs.reduce((s, r) => s + r.length, 0)).toBe(89)
    for (const run of runs) {
      for (const code of codes.slice(run.start, run.start + run.length)) {
        expect(nodes.find((n) => n.regionCode === code)!.federalDistrictCode).toBe(run.district)
      }
    }
    const grid = weightGrid(edges, codes)
    expect(grid.flat().reduce((s, w) => s + w, 0)).toBe(edges.reduce((s, e) => s + (e.weight ?? 0), 0))
    const e = edges[100]
    expect(grid[codes.indexOf(e.fromRegionCode!)][codes.indexOf(e.toRegionCode!)]).toBe(e.weight)
  })
})
