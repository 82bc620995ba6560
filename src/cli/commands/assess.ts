import { readFileSync } from 'node:fs'
import type { Command } from 'commander'
import {
  assessScenarioFile,
  assessTimeline,
  codesRollingUpTo,
  compactAssessment,
  conflictOf,
  formatAssessment,
  formatScenarioResults,
  formatTimeline,
  shownClaimIds,
  type LegalData,
} from '../../assess/index.js'
import { readLegalData } from '../../load/read-legal-data.js'
import { CobelError } from '../../domain/errors.js'
import { isCalendarDay } from '../../domain/values.js'
import { loadActorRegistry } from '../../load/load-knowledge.js'
import { resolveActorListOrThrow } from '../../load/resolve-actors.js'
import { assessStore } from '../../assess-store/assess-store.js'
import { statusStatementsOf } from '../../assess-store/status-statements-of.js'
import { defaultDataDir } from '../../load/read-data-files.js'
import { fillClaimTexts } from '../../store/fill-claim-texts.js'
import { listAssessedEvidence } from '../../store/claim-tallies.js'
import { claimTexts } from '../../store/list-evidence-claims.js'
import { writeOut } from '../output.js'
import { action, addStoreOption, EXIT, PROCESS_IO, STORE_HELP, withStore } from './store-command.js'


/** Today in UTC, the as-of day of an assessment that names none. */
const today = (): string => new Date().toISOString().slice(0, 10)

export function register(program: Command): void {
  const command = program
    .command('assess')
    .description("Assess each outside state's status under the legal frameworks, with the rules, graded evidence and denials behind it")
    .option('--actor <actors>', 'only these actors (comma-separated codes or names: IRN,PRK or Iran,"North Korea")')
    .option('--framework <ids>', 'only these frameworks (icrc_sba, wentker_coparty, neutrality_strict, neutrality_qualified, arsiwa_complicity, icl_individual)')
    .option('--as-of <date>', 'use only evidence published by this day (YYYY-MM-DD; default: today); undated claims count at their capture day')
    .option('--conflict <id>', 'conflict definition to assess against (data/conflicts/<id>.yaml; default: the one marked default, russia-ukraine-2022)')
    .option('--timeline', 'print the dates at which any tier changed')
    .option('--scenario <file>', 'assess hand-written facts from a scenario YAML file, without the store (honours --framework, --as-of and --conflict)')
    .option('--verbose', 'show where every fact comes from and every claim')
    .option('--json', 'print the assessment as JSON: per framework the first --claims claims and denials with their totals, each claim once under `claims`')
    .option('--claims <n>', 'claims and denials listed per framework in --json output', '20')
    .option('--rows', 'with --json: include the evidence rows (facts with all their claims; large over a big store)')
  addStoreOption(command).addHelpText(
    'after',
    `${STORE_HELP}

Each claim carries a source grade (Admiralty style: reliability A–F of who says it relative to
the transfer, credibility 1–6 of how it is said). A fact is established when the supplier or the
recipient admits it, an international body finds it, officials of two different states state
it, or one state's official states it and two more independent sources corroborate it, all on
the same matter (one category, or generic "weapons" with a weapon category); otherwise it is
alleged. Undated claims count at the day they were captured, with a warning;
--as-of says what it left out. Conflicts: data/conflicts/*.yaml (russia-ukraine-2022,
israel-hamas-2023, armenia-azerbaijan-2020); claims belong to one by their parties and dates.

Complicity (ARSIWA) and party status are separate axes and are never merged into one score.
cobel is an analytical aid, not legal advice.

Examples:
  cobel assess --actor IRN
  cobel assess --conflict israel-hamas-2023 --actor USA,DEU
  cobel assess --actor PRK --framework arsiwa_complicity --as-of 2023-06-30
  cobel assess --timeline --actor IRN
  cobel assess --scenario test/fixtures/scenarios/frameworks-md.yaml --framework icrc_sba

Exit codes: 0 assessed (every scenario as expected with --scenario), 1 error (store, data
files, unreadable scenario file), 2 usage error (bad option value, unknown conflict, framework or
unknown actor — each lists the valid values), 3 with --scenario: some scenario's tiers, grounds, confidence or flags differ from its expectations.`,
  )
  command.action(action(PROCESS_IO, (options: AssessCliOptions) => runAssess(command, options)))
}

interface AssessCliOptions {
  readonly actor?: string
  readonly framework?: string
  readonly asOf?: string
  readonly conflict?: string
  readonly timeline?: boolean
  readonly scenario?: string
  readonly verbose?: boolean
  readonly json?: boolean
  readonly claims: string
  readonly rows?: boolean
}

/** `cobel assess`: the options checked, then scenarios, a timeline or the assessment over the store. */
async function runAssess(command: Command, options: AssessCliOptions) {
  if (options.asOf && !isCalendarDay(options.asOf)) throw new CobelError('ERR_USAGE', `--as-of must be a day as YYYY-MM-DD, not "${options.asOf}"`)
  const maxClaims = Number(options.claims)
  if (!Number.isInteger(maxClaims) || maxClaims < 0) throw new CobelError('ERR_USAGE', `--claims must be a whole number ≥ 0, not "${options.claims}"`)
  const legal = readLegalData(defaultDataDir())
  const frameworks = options.framework?.split(',').map((f) => f.trim())
  const unknown = frameworks?.filter((id) => !legal.frameworks.some((f) => f.id === id)) ?? []
  if (unknown.length) throw new CobelError('ERR_USAGE', `unknown framework ${unknown.join(', ')}; known: ${legal.frameworks.map((f) => f.id).join(', ')}`)
  const conflict = conflictOf(legal, options.conflict)
  if (options.scenario) return assessScenarios(options.scenario, options, legal, conflict.id, frameworks)
  const registry = loadActorRegistry()
  const base = { actor: resolveActorListOrThrow(options.actor, '--actor'), framework: frameworks, conflict: conflict.id, actors: registry }
  const asOf = options.asOf ?? today()
  await withStore(
    command,
    async (store) => {
      if (options.timeline) {
        // Every day of the asked actors' claims and of their organs' is replayed (claims that
        // weigh alike tallied per day over a large store).
        const actors = base.actor ? codesRollingUpTo(base.actor, registry) : undefined
        const [claims, statements] = await Promise.all([
          listAssessedEvidence(store, { ...(options.asOf ? { asOf: options.asOf } : {}), ...(actors ? { actors } : {}) }),
          statusStatementsOf(store, legal, conflict.id, registry),
        ])
        const changes = assessTimeline(claims, legal, { ...base, statements, until: options.asOf })
        await writeOut(options.json ? JSON.stringify(changes, null, 2) : formatTimeline(changes))
        return
      }
      // The claims without words; the words of the claims shown are read afterwards.
      const { assessments, summary } = await assessStore(store, legal, { actors: registry, asOf, conflict: conflict.id, actor: base.actor, framework: frameworks })
      if (options.json) {
        const compact = assessments.map((a) => compactAssessment(a, { maxClaims, withRows: !!options.rows }))
        const filled = await fillClaimTexts(store, compact)
        await writeOut(JSON.stringify(filled, null, 2))
        return
      }
      const format = { verbose: !!options.verbose }
      const claimText = await claimTexts(store, shownClaimIds(assessments, format))
      await writeOut(formatAssessment(assessments, { ...format, claimText, summary, ...(options.asOf ? {} : { asOfNote: '(today)' }) }))
    },
    { brief: true },
  )
  return EXIT.ok
}

/** `cobel assess --scenario FILE`: hand-written facts assessed and checked against their expectations, without the store. */
async function assessScenarios(file: string, options: AssessCliOptions, legal: LegalData, conflict: string, frameworks: readonly string[] | undefined) {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new CobelError('ERR_INPUT_UNREADABLE', (error as Error).message, file)
  }
  const results = assessScenarioFile(text, file, legal, {
    conflict,
    ...(frameworks ? { framework: frameworks } : {}),
    ...(options.asOf ? { asOf: options.asOf } : {}),
  })
  await writeOut(options.json ? JSON.stringify(results, null, 2) : formatScenarioResults(results, { verbose: !!options.verbose }))
  return results.every((r) => r.ok) ? EXIT.ok : EXIT.partial
}
