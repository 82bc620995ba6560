import { InvalidArgumentError, Option, type Command } from 'commander'
import type { Analysis } from '../../domain/records.js'
import { MAX_DOCUMENT_BYTES } from '../../input/decode-text.js'
import { INPUT_FORMATS, type InputFormat } from '../../input/parse-input.js'
import { readInputs } from '../../input/read-inputs.js'
import { loadKnowledge } from '../../load/load-knowledge.js'
import { analyzeDocument } from '../../pipeline/analyze-document.js'
import { toAnnotation } from '../../pipeline/to-annotation.js'
import { bold, clip, cyan, dim, EXIT, red, table, writeOut, yellow } from '../output.js'

const FORMATS = ['text', 'jsonl', 'json'] as const

export function register(program: Command): void {
  program
    .command('analyze')
    .description('Extract support claims and attributed quotes from articles and print a report')
    .argument('[inputs...]', 'files or folders (text, Markdown, HTML, JSONL), or - for standard input', ['-'])
    .option('-f, --format <format>', `output: ${FORMATS.join(', ')} (jsonl writes the annotation format, one line per document)`, 'text')
    .option('--lang <code>', 'analyse as this language (fr, en) instead of detecting it')
    .option('--input-format <format>', `read inputs as ${INPUT_FORMATS.join(', ')} instead of guessing from the name and content`)
    .addOption(
      new Option('--max-bytes <n>', 'size limit per file or standard input')
        .argParser((value: string) => {
          const n = Number(value)
          if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of bytes ≥ 1')
          return n
        })
        .default(MAX_DOCUMENT_BYTES),
    )
    .addHelpText(
      'after',
      `
Examples:
  cobel analyze samples/articles/fr-drones-iraniens-crimee.md
  cobel analyze --format jsonl ../shared/corpus/dev.gold.jsonl > found.jsonl
  curl -s https://example.org/article.html | cobel analyze -

Exit codes: 0 all inputs analysed, 1 none could be read, 2 usage error, 3 some inputs failed.`,
    )
    .action(async (inputs: string[], options: { format: string; lang?: string; inputFormat?: string; maxBytes: number }) => {
      if (!(FORMATS as readonly string[]).includes(options.format)) program.error(`unknown --format "${options.format}" (use ${FORMATS.join(', ')})`, { exitCode: EXIT.usage })
      if (options.inputFormat && !(INPUT_FORMATS as readonly string[]).includes(options.inputFormat))
        program.error(`unknown --input-format "${options.inputFormat}" (use ${INPUT_FORMATS.join(', ')})`, { exitCode: EXIT.usage })
      const knowledge = loadKnowledge()
      let ok = 0
      let failed = 0
      const all: unknown[] = []
      for await (const item of readInputs(inputs, options.inputFormat as InputFormat | undefined, options.maxBytes)) {
        if (!item.ok) {
          failed++
          process.stderr.write(`${red('error', process.stderr)} ${item.problem.origin}: ${item.problem.message} (${item.problem.code})\n`)
          continue
        }
        ok++
        const { document, warnings } = item.record
        const analysis = analyzeDocument({ ...document, lang: options.lang ?? document.lang }, knowledge)
        const withWarnings = warnings.length ? { ...analysis, warnings: [...warnings, ...analysis.warnings] } : analysis
        if (options.format === 'jsonl') await writeOut(JSON.stringify(toAnnotation(withWarnings)))
        else if (options.format === 'json') all.push(toAnnotation(withWarnings))
        else await writeOut(formatReport(withWarnings))
      }
      if (options.format === 'json') await writeOut(JSON.stringify(all, null, 2))
      if (options.format === 'text' && ok + failed > 1) process.stderr.write(dim(`${ok} analysed, ${failed} failed\n`, process.stderr))
      process.exitCode = ok === 0 ? EXIT.error : failed > 0 ? EXIT.partial : EXIT.ok
    })
}

const STATUS_LABEL: Record<string, string> = {
  confirmed: 'confirmed',
  asserted: 'asserted',
  reported: 'reported',
  denied: 'DENIED',
  alleged_future: 'planned',
  opinion: 'opinion',
}

/** The human report for one document: claims, then quotes, each tied to its words. */
export function formatReport(a: Analysis): string {
  const lines: string[] = []
  const title = a.title ? ` — ${a.title}` : ''
  lines.push(bold(`${a.id}${title}`))
  lines.push(dim(`language ${a.lang} (${a.langSource}) · ${a.sentences.length} sentences · ${a.support.length} support claims · ${a.quotes.length} quotes`))
  for (const w of a.warnings) lines.push(yellow(`warning: ${w}`))
  if (a.support.length) {
    lines.push('', bold('Support claims'))
    const rows = a.support.map((c) => [
      `${c.supplier}${c.via ? `(${c.via})` : ''} → ${c.recipient}`,
      c.category,
      STATUS_LABEL[c.status] ?? c.status,
      clip(c.attributedTo ?? '—', 28),
      clip(c.materiel.join(', ') || '—', 28),
    ])
    lines.push(table(rows, ['supplier → recipient', 'category', 'status', 'attributed to', 'materiel']))
    lines.push('', bold('Evidence'))
    a.support.forEach((c, i) => {
      const inferred = c.inferred.length ? dim(` (${c.inferred.join(', ')} from elsewhere in the text)`) : ''
      lines.push(`${cyan(String(i + 1).padStart(2))}. ${c.supplier} → ${c.recipient} ${c.category}: “${clip(c.evidence.text, 160)}”${inferred} ${dim(`[${c.rule}; ${c.statusRule}]`)}`)
    })
  }
  if (a.quotes.length) {
    lines.push('', bold('Quotes'))
    for (const q of a.quotes) {
      const who = q.speaker ?? `(unnamed ${q.role ?? 'source'})`
      const about = [q.role && q.speaker ? q.role : null, q.org].filter(Boolean).join(', ')
      const outlet = q.outlet ? ` to ${q.outlet}` : ''
      lines.push(`${bold(who)}${about ? dim(` — ${about}`) : ''}${outlet}: “${clip(q.text, 140)}”`)
    }
  }
  lines.push('')
  return lines.join('\n')
}
