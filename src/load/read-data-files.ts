import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { DataFile } from '../data/knowledge-data.js'

/** The data folder that ships with cobel (`<package>/data`). */
export const defaultDataDir = (): string => join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data')

/** Reads every YAML file under `dir` (recursively), paths relative to `dir` with `/`. */
export function readDataFiles(dir: string = defaultDataDir()): DataFile[] {
  const files: DataFile[] = []
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (name.endsWith('.yaml') || name.endsWith('.yml'))
        files.push({ path: relative(dir, path).split(sep).join('/'), text: readFileSync(path, 'utf8') })
    }
  }
  walk(dir)
  return files
}
