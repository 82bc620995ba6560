import { readdir } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * The one folder walker of `analyze` and `ingest`: files under a folder, sorted, hidden entries
 * skipped. Every file directly in the folder is listed (so a stray file is reported when read);
 * deeper down, only those whose name matches `known` (the reader's input extensions).
 */
export async function listFiles(dir: string, known: RegExp): Promise<string[]> {
  const out: string[] = []
  const walk = async (folder: string): Promise<void> => {
    const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue
      const path = join(folder, entry.name)
      if (entry.isDirectory()) await walk(path)
      else if (entry.isFile() && (folder === dir || known.test(entry.name))) out.push(path)
    }
  }
  await walk(dir)
  return out
}
