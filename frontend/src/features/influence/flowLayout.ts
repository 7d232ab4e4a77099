import type { EdgeKind } from './layout'
import type { Flow, FlowRow } from './flows'

/** One kind's stripe of a band: a filled curve from the giver's row to the receiver's. */
export interface Stripe {
  kind: EdgeKind
  path: string
}

export interface Band {
  flow: Flow
  key: string
  stripes: Stripe[]
}

export interface FlowPicture {
  width: number
  height: number
  rowHeight: number
  bands: Band[]
}

/** The space between a row's edge and its bands, top and bottom. */
const PAD = 4

export function flowKey(flow: { from: string; to: string }): string {
  return `${flow.from}>${flow.to}`
}

/**
 * Givers on the left, receivers on the right, the same rows on both sides at fixed heights (so names never meet);
 * a flow is a band whose thickness is its weight on one scale for the whole picture, split into a stripe per kind.
 * At each row the bands stack in the order of the rows at their other end, so they leave and arrive untangled.
 */
export function layoutFlows(rows: FlowRow[], flows: Flow[], rowHeight: number, width: number): FlowPicture {
  const index = new Map(rows.map((r, i) => [r.code, i]))
  const placed = flows.filter((f) => index.has(f.from) && index.has(f.to) && f.weight > 0)
  const most = Math.max(1, ...rows.map((r) => Math.max(r.given, r.received)))
  const scale = (rowHeight - 2 * PAD) / most
  const leftOffset = rows.map(() => 0)
  const rightOffset = rows.map(() => 0)
  const thickness = (f: Flow) => f.weight * scale
  const leftTop = new Map<Flow, number>()
  const rightTop = new Map<Flow, number>()
  for (const f of [...placed].sort((a, b) => index.get(a.to)! - index.get(b.to)!)) {
    const i = index.get(f.from)!
    leftTop.set(f, i * rowHeight + PAD + leftOffset[i])
    leftOffset[i] += thickness(f)
  }
  for (const f of [...placed].sort((a, b) => index.get(a.from)! - index.get(b.from)!)) {
    const j = index.get(f.to)!
    rightTop.set(f, j * rowHeight + PAD + rightOffset[j])
    rightOffset[j] += thickness(f)
  }
  // the heaviest bands underneath, so the thin ones stay visible on top
  const bands = [...placed].sort((a, b) => b.weight - a.weight).map((flow) => {
    let left = leftTop.get(flow)!
    let right = rightTop.get(flow)!
    const stripes = flow.parts.filter((p) => p.weight > 0).map((p) => {
      const t = Math.max(0.75, p.weight * scale)
      const path = ribbon(left, right, t, width)
      left += p.weight * scale
      right += p.weight * scale
      return { kind: p.kind, path }
    })
    return { flow, key: flowKey(flow), stripes }
  })
  return { width, height: rows.length * rowHeight, rowHeight, bands }
}

function ribbon(left: number, right: number, t: number, width: number): string {
  const m = width / 2
  const f = (n: number) => n.toFixed(1)
  return `M0,${f(left)} C${f(m)},${f(left)} ${f(m)},${f(right)} ${f(width)},${f(right)} `
    + `L${f(width)},${f(right + t)} C${f(m)},${f(right + t)} ${f(m)},${f(left + t)} 0,${f(left + t)} Z`
}
