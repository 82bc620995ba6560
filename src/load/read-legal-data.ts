import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { LegalData } from '../assess/legal-data.js'
import { cachedParse } from './parse-cache.js'
import { parseLegalData, type LegalDataFile } from '../assess/parse-legal-data.js'

/**
 * Reads and validates `<dataDir>/legal/**` and `<dataDir>/conflicts/*.yaml`. The only file of the
 * assessment engine that touches the disk. Throws CobelError (ERR_DATA_INVALID / ERR_DATA_MISSING)
 * naming the file and field.
 */
export function readLegalData(dataDir: string): LegalData {
  const files = [...readYaml(dataDir, 'legal'), ...readYaml(dataDir, 'conflicts')]
  return cachedParse('legal', files, ['assess', 'data', 'domain'], () => parseLegalData(files))
}

function readYaml(dataDir: string, folder: string): LegalDataFile[] {
  const files: LegalDataFile[] = []
  const walk = (relative: string): void => {
    const absolute = join(dataDir, relative)
    if (!existsSync(absolute)) return
    for (const name of readdirSync(absolute).sort()) {
      const path = `${relative}/${name}`
      if (statSync(join(dataDir, path)).isDirectory()) walk(path)
      else if (/\.ya?ml$/.test(name)) files.push({ path, text: readFileSync(join(dataDir, path), 'utf8') })
    }
  }
  walk(folder)
  return files
}
