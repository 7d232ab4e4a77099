// Fails when src/api/schema.d.ts is not what openapi-typescript makes of ../openapi/openapi.yaml now.
// Fix: npm run gen:api
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const fresh = join(mkdtempSync(join(tmpdir(), 'efs-api-')), 'schema.d.ts')
execFileSync(process.execPath, ['node_modules/openapi-typescript/bin/cli.js', '../openapi/openapi.yaml', '-o', fresh], {
  stdio: ['ignore', 'ignore', 'inherit'],
})
const committed = readFileSync('src/api/schema.d.ts', 'utf8')
if (readFileSync(fresh, 'utf8') !== committed) {
  console.error('API types are out of date with openapi/openapi.yaml: run `npm run gen:api` in frontend/ and commit the result.')
  process.exit(1)
}
console.log('API types match openapi/openapi.yaml')
