// Lists every function in src/ (tests aside) longer than MAX_LINES lines and fails on any that is not
// in the allow-list scripts/function-length-allow.json, or that grew past its listed length.
// The list only shrinks: an entry for a function that is gone or now short enough fails too, and
// so does a listed length above the function's current one (lower it: `-- --update` does, and
// never adds an entry).
//   npm run check:function-length             check
//   npm run check:function-length -- --list   every function over the limit, longest first
//   npm run check:function-length -- --update drop stale entries, lower grown-down figures
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'

const MAX_LINES = 80
const ROOT = join(import.meta.dirname, '..')
const ALLOW_FILE = join(ROOT, 'scripts', 'function-length-allow.json')

export interface FunctionLength {
  /** Path from the project root, with forward slashes. */
  readonly file: string
  /** Named functions and methods by name, nested ones as outer.inner, unnamed ones as (anonymous); a repeat gets #2, #3… */
  readonly function: string
  readonly lines: number
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

/** The name a function is known by: its own, or that of the variable, property or class member holding it. */
function nameOf(node: ts.Node): string | null {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isGetAccessor(node) || ts.isSetAccessor(node) || ts.isFunctionExpression(node)) && node.name)
    return node.name.getText()
  if (ts.isConstructorDeclaration(node)) return 'constructor'
  const parent = node.parent
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) return parent.name.getText()
  return null
}

const isFunction = (node: ts.Node): node is ts.FunctionLikeDeclaration =>
  ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isConstructorDeclaration(node) || ts.isGetAccessor(node) || ts.isSetAccessor(node)

/** Every function of one file with its length in lines, from its first line to its last. */
export function functionLengths(path: string, text: string, file: string): FunctionLength[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
  const found: FunctionLength[] = []
  const seen = new Map<string, number>()
  const visit = (node: ts.Node, outer: readonly string[]): void => {
    let scope = outer
    if (isFunction(node) && node.body) {
      const base = [...outer, nameOf(node) ?? '(anonymous)'].join('.')
      const count = (seen.get(base) ?? 0) + 1
      seen.set(base, count)
      const name = count === 1 ? base : `${base}#${count}`
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line
      found.push({ file, function: name, lines: last - first + 1 })
      scope = [...outer, name]
    } else if (ts.isClassDeclaration(node) && node.name) {
      scope = [...outer, node.name.getText()]
    }
    ts.forEachChild(node, (child) => visit(child, scope))
  }
  visit(source, [])
  return found
}

function measure(): FunctionLength[] {
  return sourceFiles(join(ROOT, 'src')).flatMap((path) => {
    const file = relative(ROOT, path).split('\\').join('/')
    return functionLengths(path, readFileSync(path, 'utf8'), file)
  })
}

const keyOf = (f: Pick<FunctionLength, 'file' | 'function'>): string => `${f.file} ${f.function}`

/** What is wrong with the functions measured against the allow-list; empty when all is well. */
export function problemsOf(measured: readonly FunctionLength[], allowed: readonly FunctionLength[]): string[] {
  const current = new Map(measured.map((f) => [keyOf(f), f]))
  const listed = new Map(allowed.map((f) => [keyOf(f), f]))
  const problems: string[] = []
  for (const f of measured) {
    if (f.lines <= MAX_LINES) continue
    const entry = listed.get(keyOf(f))
    if (!entry) problems.push(`${f.file}: ${f.function} has ${f.lines} lines (at most ${MAX_LINES}): split it into named steps`)
    else if (f.lines > entry.lines) problems.push(`${f.file}: ${f.function} grew to ${f.lines} lines; the allow-list holds it at ${entry.lines} (a listed function may not grow)`)
  }
  for (const entry of allowed) {
    const f = current.get(keyOf(entry))
    if (!f) problems.push(`${entry.file}: ${entry.function} is in the allow-list but no longer exists: remove its entry`)
    else if (f.lines <= MAX_LINES) problems.push(`${entry.file}: ${entry.function} now has ${f.lines} lines: remove its entry from the allow-list`)
    else if (f.lines < entry.lines) problems.push(`${entry.file}: ${entry.function} now has ${f.lines} lines: lower its entry from ${entry.lines} (the list only shrinks)`)
  }
  return problems
}

function main(): number {
  const measured = measure()
  const allowed = JSON.parse(readFileSync(ALLOW_FILE, 'utf8')) as FunctionLength[]
  const long = measured.filter((f) => f.lines > MAX_LINES).sort((a, b) => b.lines - a.lines)
  if (process.argv.includes('--list')) {
    for (const f of long) console.log(`${String(f.lines).padStart(4)}  ${f.file}  ${f.function}`)
    return 0
  }
  if (process.argv.includes('--update')) {
    const current = new Map(long.map((f) => [keyOf(f), f]))
    const kept = allowed.flatMap((entry) => {
      const f = current.get(keyOf(entry))
      return f ? [{ ...entry, lines: Math.min(entry.lines, f.lines) }] : []
    })
    writeFileSync(ALLOW_FILE, `${JSON.stringify(kept, null, 2)}\n`)
    console.log(`allow-list: ${kept.length} entries (${allowed.length - kept.length} removed)`)
  }
  const problems = problemsOf(measured, JSON.parse(readFileSync(ALLOW_FILE, 'utf8')) as FunctionLength[])
  for (const problem of problems) console.error(problem)
  console.log(`${long.length} functions in src/ over ${MAX_LINES} lines, ${problems.length ? `${problems.length} problems` : 'all in the allow-list at most at their listed length'}`)
  return problems.length ? 1 : 0
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main()
