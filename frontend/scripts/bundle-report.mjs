// Prints the size of every built JavaScript chunk (raw and gzip) and what the first screen loads.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'

const dir = 'dist/assets'
const kb = (n) => (n / 1024).toFixed(1).replace('.', ',') + ' КБ'
const files = readdirSync(dir).filter((f) => f.endsWith('.js') || f.endsWith('.css'))
const rows = files.map((f) => {
  const body = readFileSync(join(dir, f))
  return { f, raw: statSync(join(dir, f)).size, gz: gzipSync(body).length }
}).sort((a, b) => b.gz - a.gz)
const index = readFileSync('dist/index.html', 'utf8')
const initial = rows.filter((r) => index.includes(r.f))
console.log('Bundle / Сборка:')
for (const r of rows) console.log(`  ${r.f.padEnd(40)} ${kb(r.raw).padStart(10)}  gzip ${kb(r.gz).padStart(9)}${index.includes(r.f) ? '  (first screen)' : ''}`)
const sum = (xs, k) => xs.reduce((s, r) => s + r[k], 0)
console.log(`First screen / Первый экран: ${kb(sum(initial, 'raw'))}, gzip ${kb(sum(initial, 'gz'))}`)
