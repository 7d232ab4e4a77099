import type { Schemas } from '../../api/client'

export type MapNode = Schemas['InfluenceMapNode']
export type MapEdge = Schemas['InfluenceMapEdge']
export type EdgeKind = Schemas['EdgeKind']

export const EDGE_KINDS: EdgeKind[] = ['PRACTICE_USED', 'DEFICIT_ADDRESSED', 'PARTNERSHIP', 'ADOPTION', 'DECLARED']

/** Colour and line style of each kind: the style keeps kinds apart without relying on colour. */
export const KIND_STYLE: Record<EdgeKind, { color: string; dash: string }> = {
  PRACTICE_USED: { color: '#1d4f91', dash: '' },
  DEFICIT_ADDRESSED: { color: '#a4262c', dash: '9 5' },
  PARTNERSHIP: { color: '#1f6b37', dash: '2 5' },
  ADOPTION: { color: '#8a5200', dash: '12 4 3 4' },
  DECLARED: { color: '#6b2c91', dash: '16 6' },
}

export interface PlacedNode {
  node: MapNode
  x: number
  y: number
  r: number
  angle: number
}

export interface Sector {
  code: string
  start: number
  end: number
  labelX: number
  labelY: number
}

export interface PlacedEdge {
  edge: MapEdge
  key: string
  path: string
  width: number
  kind: EdgeKind
  /** The middle of the curve, where the weight is written. */
  mid: { x: number; y: number }
}

export const WIDTH = 1000
export const HEIGHT = 760
export const CX = WIDTH / 2
export const CY = HEIGHT / 2
export const RADIUS = 270

export function edgeKey(edge: MapEdge): string {
  return `${edge.fromRegionCode}-${edge.toRegionCode}`
}

/**
 * The kind that weighs most among the items an edge carries; it sets the edge's colour and style. The map is read
 * without items (they come edge by edge), so there it is the edge's first kind.
 */
export function mainKind(edge: MapEdge): EdgeKind {
  const weights = new Map<EdgeKind, number>()
  for (const item of edge.items ?? []) if (item.kind) weights.set(item.kind, (weights.get(item.kind) ?? 0) + (item.weight ?? 1))
  let best: EdgeKind = edge.kinds?.[0] ?? 'PRACTICE_USED'
  for (const kind of EDGE_KINDS) if ((weights.get(kind) ?? 0) > (weights.get(best) ?? 0)) best = kind
  return best
}

export function nodeSize(node: MapNode): number {
  const f = node.figures ?? {}
  const amount = (f.projects ?? 0) + (f.practices ?? 0) + (f.openDeficits ?? 0) + (f.addressedDeficits ?? 0) + (f.closedDeficits ?? 0)
  return Math.min(30, 9 + 3 * Math.sqrt(amount))
}

/**
 * Regions on a circle, each federal district a sector (in the order of `districtOrder`, regions by code inside);
 * a gap of one slot between sectors so the districts read as groups.
 */
export function placeNodes(nodes: MapNode[], districtOrder: string[]): { placed: PlacedNode[]; sectors: Sector[] } {
  const groups = new Map<string, MapNode[]>()
  for (const node of nodes) {
    const key = node.federalDistrictCode ?? ''
    if (!groups.has(key)) groups.set(key, [])
    groups.get(key)!.push(node)
  }
  const order = [...groups.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
  function rank(code: string) {
    const i = districtOrder.indexOf(code)
    return i < 0 ? districtOrder.length + (code ? 0 : 1) : i
  }
  const gaps = order.length > 1 ? order.length : 0
  const slots = nodes.length + gaps
  const step = (2 * Math.PI) / Math.max(1, slots)
  const placed: PlacedNode[] = []
  const sectors: Sector[] = []
  let angle = -Math.PI / 2 + (gaps ? step / 2 : 0)
  for (const code of order) {
    const members = groups.get(code)!.slice().sort((a, b) => (a.regionCode ?? '').localeCompare(b.regionCode ?? ''))
    const start = angle
    for (const node of members) {
      const a = angle + step / 2
      placed.push({ node, angle: a, r: nodeSize(node), x: CX + RADIUS * Math.cos(a), y: CY + RADIUS * Math.sin(a) })
      angle += step
    }
    const end = angle
    const mid = (start + end) / 2
    sectors.push({ code, start, end, labelX: CX + (RADIUS - 60) * Math.cos(mid), labelY: CY + (RADIUS - 60) * Math.sin(mid) + 5 })
    if (gaps) angle += step
  }
  return { placed, sectors }
}

/** A curved edge from A's rim to B's rim; A → B and B → A bend to opposite sides so both stay visible. */
export function placeEdge(edge: MapEdge, from: PlacedNode, to: PlacedNode): PlacedEdge {
  const dx = to.x - from.x
  const dy = to.y - from.y
  const length = Math.hypot(dx, dy) || 1
  const bend = Math.min(80, length * 0.18)
  const cx = (from.x + to.x) / 2 + (-dy / length) * bend
  const cy = (from.y + to.y) / 2 + (dx / length) * bend
  const start = towards(from.x, from.y, cx, cy, from.r + 2)
  const end = towards(to.x, to.y, cx, cy, to.r + 4)
  const weight = edge.weight ?? 1
  return {
    edge, key: edgeKey(edge), kind: mainKind(edge),
    width: Math.min(11, 1.5 + weight * 1.3),
    path: `M${f(start.x)},${f(start.y)} Q${f(cx)},${f(cy)} ${f(end.x)},${f(end.y)}`,
    mid: { x: 0.25 * start.x + 0.5 * cx + 0.25 * end.x, y: 0.25 * start.y + 0.5 * cy + 0.25 * end.y },
  }
}

function towards(x: number, y: number, tx: number, ty: number, distance: number) {
  const l = Math.hypot(tx - x, ty - y) || 1
  return { x: x + ((tx - x) / l) * distance, y: y + ((ty - y) / l) * distance }
}

const f = (n: number) => n.toFixed(1)

/** Where a node's name goes: outside the circle, anchored away from it; a long name takes two lines. */
export function labelFor(p: PlacedNode) {
  const d = RADIUS + p.r + 8
  const cos = Math.cos(p.angle)
  const sin = Math.sin(p.angle)
  const lines = splitName(p.node.name ?? p.node.regionCode ?? '')
  const lift = sin < -0.2 ? -(lines.length - 1) * 19 : sin > 0.2 ? 12 : 5 - ((lines.length - 1) * 19) / 2
  return {
    x: CX + d * cos,
    y: CY + d * sin + lift,
    anchor: Math.abs(cos) < 0.25 ? 'middle' : cos > 0 ? 'start' : 'end',
    lines,
  }
}

export function splitName(name: string): string[] {
  if (name.length <= 16) return [name]
  const words = name.split(' ')
  let best = [name]
  let bestDiff = Infinity
  for (let i = 1; i < words.length; i++) {
    const a = words.slice(0, i).join(' ')
    const b = words.slice(i).join(' ')
    const diff = Math.abs(a.length - b.length)
    if (diff < bestDiff) { best = [a, b]; bestDiff = diff }
  }
  return best
}
