import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The compiled (or, under tsx, source) modules' root: src/ or dist/. */
const CODE_ROOT = join(import.meta.dirname, '..')
const CACHE_DIR = join(tmpdir(), `cobel-cache-${process.getuid?.() ?? 'user'}`)

/**
 * Validated data kept between commands: parsing and validating YAML data costs 0.1–0.2 s per
 * command, reading its JSON copy a millisecond. The key hashes the files' text and the code
 * that validates them (the sizes and times of the modules in the given folders of src/ or
 * dist/), so an edit to either parses again; errors are never cached. Only for plain data that
 * survives JSON. Set COBEL_PARSE_CACHE=0 to always parse; a cache that cannot be read or
 * written is parsed around.
 */
export function cachedParse<T>(kind: string, files: readonly { readonly path: string; readonly text: string }[], codeFolders: readonly string[], parse: () => T): T {
  if (process.env.COBEL_PARSE_CACHE === '0') return parse()
  const hash = createHash('sha256').update(kind).update(codeStamp(codeFolders))
  for (const file of files) hash.update(`\0${file.path}\0${file.text}`)
  const path = join(CACHE_DIR, `${kind}-${hash.digest('hex').slice(0, 32)}.json`)
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T
  } catch {
    // Not cached yet, or unreadable: parse.
  }
  const value = parse()
  try {
    mkdirSync(CACHE_DIR, { recursive: true, mode: 0o700 })
    const partial = `${path}.${process.pid}`
    writeFileSync(partial, JSON.stringify(value))
    renameSync(partial, path)
    // One copy per kind: older ones (other data, older code) go.
    for (const name of readdirSync(CACHE_DIR)) if (name.startsWith(`${kind}-`) && join(CACHE_DIR, name) !== path) rmSync(join(CACHE_DIR, name), { force: true })
  } catch {
    // A read-only or full disk only costs the next command a parse.
  }
  return value
}

function codeStamp(folders: readonly string[]): string {
  const parts: string[] = []
  for (const folder of folders) {
    const dir = join(CODE_ROOT, folder)
    for (const name of readdirSync(dir).sort()) {
      const stat = statSync(join(dir, name))
      parts.push(`${dir}/${name}:${stat.size}:${stat.mtimeMs}`)
    }
  }
  return parts.join('\n')
}
