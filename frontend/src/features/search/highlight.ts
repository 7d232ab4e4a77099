/**
 * The search service marks found words with <mark>…</mark> in an otherwise escaped fragment. We never hand that
 * string to v-html: it is cut into plain-text pieces and marked pieces, and Vue renders each piece as text. So
 * anything else that looks like markup (<script>, <img onerror>) stays visible text, and only <mark> is kept.
 */
export interface Segment {
  text: string
  mark: boolean
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

/** Turns the server's escapes (&lt; &amp; &#39; …) back into characters; the result is only ever used as text. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return ENTITIES[body.toLowerCase()] ?? whole
  })
}

/** «a <mark>b</mark> c» → [{a, false}, {b, true}, {c, false}]; an unclosed <mark> marks to the end. */
export function highlightSegments(fragment: string | null | undefined): Segment[] {
  const out: Segment[] = []
  if (!fragment) return out
  const parts = fragment.split(/(<mark>|<\/mark>)/i)
  let marked = false
  for (const part of parts) {
    const tag = part.toLowerCase()
    if (tag === '<mark>') marked = true
    else if (tag === '</mark>') marked = false
    else if (part) {
      const text = decodeEntities(part)
      const last = out[out.length - 1]
      if (last && last.mark === marked) last.text += text
      else out.push({ text, mark: marked })
    }
  }
  return out
}
