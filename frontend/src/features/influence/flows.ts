import { EDGE_KINDS, type EdgeKind, type MapEdge, type MapNode } from './layout'

/** One kind's part of a flow: its weight and how many items carry it. */
export interface KindPart {
  kind: EdgeKind
  weight: number
  itemCount: number
}

/** What goes from one group (a federal district or a region) to another: the sum of the edges between them. */
export interface Flow {
  from: string
  to: string
  weight: number
  itemCount: number
  /** Every kind the flow joins, in the order of EDGE_KINDS. */
  parts: KindPart[]
  /** The region edges the flow sums up. */
  edges: MapEdge[]
}

/** A group on one side of the picture, with what it gives and receives in all. */
export interface FlowRow {
  code: string
  given: number
  received: number
}

/** Each kind's weight in an edge; an edge read without its per-kind weights counts all of it for its first kind. */
export function partsOf(edge: MapEdge): KindPart[] {
  if (edge.kindWeights?.length) {
    return edge.kindWeights.map((p) => ({ kind: p.kind as EdgeKind, weight: p.weight ?? 0, itemCount: p.itemCount ?? 0 }))
  }
  const kind = (edge.kinds?.[0] ?? 'PRACTICE_USED') as EdgeKind
  return [{ kind, weight: edge.weight ?? 0, itemCount: edge.itemCount ?? 0 }]
}

function addParts(into: Map<EdgeKind, KindPart>, parts: KindPart[]) {
  for (const p of parts) {
    const sum = into.get(p.kind) ?? { kind: p.kind, weight: 0, itemCount: 0 }
    sum.weight += p.weight
    sum.itemCount += p.itemCount
    into.set(p.kind, sum)
  }
}

/**
 * The edges summed per pair of groups, `groupOf` naming a region's group (its federal district, or the region
 * itself). A flow inside one group is kept: it is what a district's regions give each other. Heaviest first.
 */
export function flowsBetween(edges: MapEdge[], groupOf: (regionCode: string) => string): Flow[] {
  const byPair = new Map<string, { flow: Flow; parts: Map<EdgeKind, KindPart> }>()
  for (const edge of edges) {
    const from = groupOf(edge.fromRegionCode ?? '')
    const to = groupOf(edge.toRegionCode ?? '')
    const key = `${from}>${to}`
    let entry = byPair.get(key)
    if (!entry) {
      entry = { flow: { from, to, weight: 0, itemCount: 0, parts: [], edges: [] }, parts: new Map() }
      byPair.set(key, entry)
    }
    entry.flow.weight += edge.weight ?? 0
    entry.flow.itemCount += edge.itemCount ?? 0
    entry.flow.edges.push(edge)
    addParts(entry.parts, partsOf(edge))
  }
  return [...byPair.values()].map(({ flow, parts }) => ({
    ...flow,
    parts: EDGE_KINDS.flatMap((k) => (parts.has(k) ? [parts.get(k)!] : [])),
    edges: rankLinks(flow.edges),
  })).sort(byWeight)
}

/** The regions' federal districts, from the map's nodes. */
export function districtOf(nodes: MapNode[]): (regionCode: string) => string {
  const districts = new Map(nodes.map((n) => [n.regionCode ?? '', n.federalDistrictCode ?? '']))
  return (code) => districts.get(code) ?? ''
}

/** What each group gives and receives in all, in the given order (groups with no flows too). */
export function rowsOf(flows: Flow[], order: string[]): FlowRow[] {
  const rows = new Map(order.map((code) => [code, { code, given: 0, received: 0 }]))
  for (const f of flows) {
    if (!rows.has(f.from)) rows.set(f.from, { code: f.from, given: 0, received: 0 })
    if (!rows.has(f.to)) rows.set(f.to, { code: f.to, given: 0, received: 0 })
    rows.get(f.from)!.given += f.weight
    rows.get(f.to)!.received += f.weight
  }
  return [...rows.values()]
}

/** The strongest links first: by weight, then by number of items, then by the regions' codes. */
export function rankLinks(edges: MapEdge[]): MapEdge[] {
  return [...edges].sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0) || (b.itemCount ?? 0) - (a.itemCount ?? 0)
    || (a.fromRegionCode ?? '').localeCompare(b.fromRegionCode ?? '') || (a.toRegionCode ?? '').localeCompare(b.toRegionCode ?? ''))
}

function byWeight(a: Flow, b: Flow) {
  return b.weight - a.weight || b.itemCount - a.itemCount || a.from.localeCompare(b.from) || a.to.localeCompare(b.to)
}

/** Whom a region gives to and receives from, strongest first. */
export function regionLinks(edges: MapEdge[], code: string): { gives: MapEdge[]; receives: MapEdge[] } {
  return {
    gives: rankLinks(edges.filter((e) => e.fromRegionCode === code && e.toRegionCode !== code)),
    receives: rankLinks(edges.filter((e) => e.toRegionCode === code && e.fromRegionCode !== code)),
  }
}

/**
 * The regions in the order of their districts (`districtOrder`, regions by code inside), with where each district's
 * run starts: the rows and columns of the heat map.
 */
export function orderByDistrict(nodes: MapNode[], districtOrder: string[]): { codes: string[]; runs: { district: string; start: number; length: number }[] } {
  const rank = (d: string) => {
    const i = districtOrder.indexOf(d)
    return i < 0 ? districtOrder.length : i
  }
  const sorted = [...nodes].sort((a, b) => rank(a.federalDistrictCode ?? '') - rank(b.federalDistrictCode ?? '')
    || (a.federalDistrictCode ?? '').localeCompare(b.federalDistrictCode ?? '')
    || (a.regionCode ?? '').localeCompare(b.regionCode ?? ''))
  const runs: { district: string; start: number; length: number }[] = []
  sorted.forEach((n, i) => {
    const d = n.federalDistrictCode ?? ''
    const last = runs[runs.length - 1]
    if (last && last.district === d) last.length++
    else runs.push({ district: d, start: i, length: 1 })
  })
  return { codes: sorted.map((n) => n.regionCode ?? ''), runs }
}

/** The weight of every ordered pair of the given regions: row = who gives, column = who receives. */
export function weightGrid(edges: MapEdge[], codes: string[]): number[][] {
  const index = new Map(codes.map((c, i) => [c, i]))
  const grid = codes.map(() => new Array<number>(codes.length).fill(0))
  for (const e of edges) {
    const i = index.get(e.fromRegionCode ?? '')
    const j = index.get(e.toRegionCode ?? '')
    if (i != null && j != null) grid[i][j] += e.weight ?? 0
  }
  return grid
}
