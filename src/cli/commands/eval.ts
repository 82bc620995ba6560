import { readFileSync } from 'node:fs'
import type { Command } from 'commander'
import { evaluateGold, type EvaluationReport, type GoldRecord, type Scores } from '../../eval/evaluate-gold.js'
import { loadKnowledge } from '../../load/load-knowledge.js'
import { analyzeDocument } from '../../pipeline/analyze-document.js'
import { bold, EXIT, red, table, writeOut } from '../output.js'

export function register(program: Command): void {
  program
    .command('eval')
    .description('Run the analyzer on gold annotations and report precision, recall and F1 (see README, "Evaluation")')
    .requiredOption('--gold <files...>', 'gold JSONL files in the annotation format')
    .option('--by-lang', 'also report per language')
    .option('--errors', 'list missed and false claims, status errors, missed and false quotes, wrong speakers')
    .option('--json', 'print the report as JSON')
    .addHelpText('after', '\nExit codes: 0 evaluated, 1 a gold file could not be read, 2 usage error.')
    .action(async (options: { gold: string[]; byLang?: boolean; errors?: boolean; json?: boolean }) => {
      const knowledge = loadKnowledge()
      const pairs: Array<{ gold: GoldRecord; analysis: ReturnType<typeof analyzeDocument> }> = []
      for (const file of options.gold) {
        let text: string
        try {
          text = readFileSync(file, 'utf8')
        } catch (error) {
          process.stderr.write(`${red('error', process.stderr)} ${file}: ${(error as Error).message}\n`)
          process.exitCode = EXIT.error
          return
        }
        text.split('\n').forEach((line, i) => {
          if (!line.trim()) return
          let gold: GoldRecord
          try {
            gold = JSON.parse(line) as GoldRecord
          } catch {
            process.stderr.write(`${red('error', process.stderr)} ${file}:${i + 1}: not valid JSON, line skipped\n`)
            return
          }
          if (typeof gold.text !== 'string') return
          gold = { ...gold, support: gold.support ?? [], quotes: gold.quotes ?? [] }
          pairs.push({ gold, analysis: analyzeDocument({ id: gold.id, text: gold.text, lang: gold.lang }, knowledge) })
        })
      }
      const report = evaluateGold(pairs)
      if (options.json) {
        const { errors, ...scores } = report
        await writeOut(JSON.stringify(options.errors ? report : options.byLang ? scores : { overall: scores.overall }, null, 2))
        void errors
        return
      }
      await writeOut(formatEvaluation(report, !!options.byLang, !!options.errors))
    })
}

const pct = (x: number): string => x.toFixed(3)

export function formatEvaluation(report: EvaluationReport, byLang: boolean, errors: boolean): string {
  const row = (name: string, s: Scores): string[] => [
    name,
    String(s.documents),
    `${pct(s.support.precision)} / ${pct(s.support.recall)} / ${pct(s.support.f1)}`,
    pct(s.status.accuracy),
    `${pct(s.quotes.precision)} / ${pct(s.quotes.recall)} / ${pct(s.quotes.f1)}`,
    pct(s.speaker.accuracy),
    pct(s.quotesEndToEnd.f1),
  ]
  const rows = [row('all', report.overall), ...(byLang ? Object.entries(report.byLang).map(([lang, s]) => row(lang, s)) : [])]
  const out = [table(rows, ['lang', 'docs', 'support P / R / F1', 'status acc', 'quotes P / R / F1', 'speaker acc', 'quote+speaker F1'])]
  if (errors) {
    for (const e of report.errors) {
      const lines = [
        ...e.missedClaims.map((x) => `  missed claim   ${x}`),
        ...e.falseClaims.map((x) => `  false claim    ${x}`),
        ...e.statusErrors.map((x) => `  status         ${x}`),
        ...e.missedQuotes.map((x) => `  missed quote   ${x}`),
        ...e.falseQuotes.map((x) => `  false quote    ${x}`),
        ...e.speakerErrors.map((x) => `  speaker        ${x}`),
      ]
      if (lines.length) out.push('', bold(`${e.id} (${e.lang})`), ...lines)
    }
  }
  return out.join('\n')
}
