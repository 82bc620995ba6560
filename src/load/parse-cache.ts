import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The compiled (or, under tsx, source) modules' root: src/ or dist/. */
const CODE_ROOT = join(import.meta.dirname, '..')
const CACHE_DIR = join(tmpdir(), `cobel-cache-${process.getuid?.() ?? 'user'}`)

/** Copies kept per kind: commands of other builds or data folders (a second checkout, an older install) keep theirs. */
const KEPT_COPIES = 8

/**
 * Validated data kept between commands: parsing and validating YAML data costs 0.1–0.2 s per
 * command (seconds for the knowledge), reading its JSON copy a millisecond. The key hashes the
 * files' text and the code that validates them (the sizes and times of the modules in the given
 * folders of src/ or dist/), so an edit to either parses again; errors are never cached. Only for
 * plain data that survives JSON. Each kind keeps its last KEPT_COPIES copies in a folder of its
 * own (the least recently read go first), so that commands of two builds or data folders run in
 * turn do not each throw away the other's copy. Set COBEL_PARSE_CACHE=0 to always parse; a cache
 * that cannot be read or written is parsed around.
 */
export function cachedParse<T>(kind: string, files: readonly { readonly path: string; readonly text: string }[], codeFolders: readonly string[], parse: () => T): T {
  if (process.env.COBEL_PARSE_CACHE === '0') return parse()
  const hash = createHash('sha256').update(kind).update(codeStamp(codeFolders))
  for (const file of files) hash.update(`\0${file.path}\0${file.text}`)
  const dir = join(CACHE_DIR, kind)
  const path = join(dir, `${hash.digest('hex').slice(0, 32)}.json`)
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as T
    touch(path)
    return value
  } catch {
    // Not cached yet, or unreadable: parse.
  }
  const value = parse()
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 })
    const partial = `${path}.${process.pid}`
    writeFileSync(partial, JSON.stringify(value))
    renameSync(partial, path)
    // (The time of the write by the clock reads are marked with, finer than the file system's.)
    touch(path)
    dropOldCopies(dir)
  } catch {
    // A read-only or full disk only costs the next command a parse.
  }
  return value
}

/** Marks a copy as read now (its modification time, to the microsecond: copies read within a millisecond keep their order), for dropOldCopies. */
function touch(path: string): void {
  try {
    const now = (performance.timeOrigin + performance.now()) / 1000
    utimesSync(path, now, now)
  } catch {
    // Another command dropped it meanwhile: it was read all the same.
  }
}

/** Keeps the KEPT_COPIES copies read or written last (and any other command's unfinished write). */
function dropOldCopies(dir: string): void {
  const copies = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ path: join(dir, name), time: statSync(join(dir, name), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => b.time - a.time)
  for (const copy of copies.slice(KEPT_COPIES)) rmSync(copy.path, { force: true })
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
