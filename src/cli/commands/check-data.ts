import type { Command } from 'commander'
import { readLegalData } from '../../load/read-legal-data.js'
import { isCobelError } from '../../domain/errors.js'
import { loadKnowledge } from '../../load/load-knowledge.js'
import { checkFrames } from '../../pipeline/support/check-frames.js'
import { defaultDataDir } from '../../load/read-data-files.js'
import { EXIT, green, red, writeOut } from '../output.js'

export function register(program: Command): void {
  program
    .command('check-data')
    .description('Validate the knowledge data: actors, lexicons, materiel, outlets, legal frameworks, rules and conflicts')
    .option('--dir <folder>', 'data folder to check', defaultDataDir())
    .option('--json', 'print the counts as JSON')
    .addHelpText('after', "\nEach language's frames (data/lexicons/<lang>/frames.yaml) are run on their example sentences: a frame\nwhose example does not give its claims, or that its example never exercises, is listed and makes the data invalid.\n\nExit codes: 0 valid, 1 invalid (the message names the file and the field, or the frames).")
    .action(async (options: { dir: string; json?: boolean }) => {
      try {
        const knowledge = loadKnowledge(options.dir)
        const legal = readLegalData(options.dir)
        const d = knowledge.data
        const languages = Object.fromEntries(
          Object.values(d.languages).map((l) => [
            l.lang,
            { actors: l.actors.length, people: l.people.length, places: l.places.length, materiel: l.materiel.length, cues: l.cues.length, roles: l.roles.length, frames: l.frames.length },
          ]),
        )
        const frameProblems = checkFrames(knowledge)
        const counts = {
          actors: d.actors.length,
          designations: d.designations.length,
          outlets: d.outlets.length,
          languages,
          frameworks: legal.frameworks.length,
          rules: legal.rules.length,
          citations: legal.bibliography.length,
          conflicts: legal.conflicts.length,
          version: knowledge.version,
        }
        if (frameProblems.length) {
          if (options.json) await writeOut(JSON.stringify({ valid: false, code: 'ERR_DATA_INVALID', message: 'frames whose example fails', frames: frameProblems, ...counts }, null, 2))
          else process.stderr.write(`${red('invalid data', process.stderr)} frames whose example fails:\n${frameProblems.map((p) => `  ${p.lang} ${p.frame}: ${p.problem}`).join('\n')}\n`)
          process.exitCode = EXIT.error
          return
        }
        if (options.json) await writeOut(JSON.stringify({ valid: true, ...counts }, null, 2))
        else {
          const langs = Object.entries(languages)
            .map(([lang, c]) => `${lang}: ${c.actors} actor names, ${c.people} people, ${c.places} places, ${c.materiel} materiel words, ${c.cues} cue entries, ${c.roles} roles, ${c.frames} frames (each exercised by its example)`)
            .join('\n  ')
          await writeOut(
            `${green('data is valid')} (${options.dir})\n  ${counts.actors} actors, ${counts.designations} designations, ${counts.outlets} outlets\n  ${langs}\n  ${counts.frameworks} frameworks, ${counts.rules} rules, ${counts.citations} citations, ${counts.conflicts} conflict definitions\n  knowledge version ${counts.version}`,
          )
        }
      } catch (error) {
        if (!isCobelError(error)) throw error
        if (options.json) await writeOut(JSON.stringify({ valid: false, code: error.code, message: error.message }, null, 2))
        else process.stderr.write(`${red('invalid data', process.stderr)} ${error.message}\n`)
        process.exitCode = EXIT.error
      }
    })
}
