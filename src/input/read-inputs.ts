import { readFile, stat } from 'node:fs/promises'
import { listFiles } from './list-files.js'
import type { InputItem, InputFormat } from './parse-input.js'
import { parseInput } from './parse-input.js'

const TEXT_EXTENSIONS = /\.(txt|text|md|markdown|html?|xhtml|jsonl|ndjson)$/i

/** Reads all of standard input. */
async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/**
 * Reads files (a folder is walked recursively, keeping files with a text, Markdown, HTML or
 * JSONL extension) or standard input (`-`), yielding documents and problems in order.
 */
export async function* readInputs(paths: readonly string[], format?: InputFormat, maxBytes?: number): AsyncGenerator<InputItem> {
  for (const path of paths) {
    if (path === '-') {
      yield* parseInput(await readStdin(), { name: 'stdin', format, ...(maxBytes ? { maxBytes } : {}) })
      continue
    }
    let info
    try {
      info = await stat(path)
    } catch (error) {
      yield { ok: false, problem: { origin: path, code: 'ERR_INPUT_UNREADABLE', message: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (error as Error).message } }
      continue
    }
    if (info.isDirectory()) {
      for (const file of await listFiles(path, TEXT_EXTENSIONS)) yield* await readOne(file, format, maxBytes)
    } else yield* await readOne(path, format, maxBytes)
  }
}

async function readOne(path: string, format?: InputFormat, maxBytes?: number): Promise<InputItem[]> {
  try {
    // A file over the limit is refused before it is read whole.
    const size = maxBytes ? (await stat(path)).size : 0
    if (maxBytes && size > maxBytes) return [{ ok: false, problem: { origin: path, code: 'ERR_INPUT_TOO_LARGE', message: `the file is ${size} bytes; the limit is ${maxBytes}` } }]
    return parseInput(await readFile(path), { name: path, format, ...(maxBytes ? { maxBytes } : {}) })
  } catch (error) {
    return [{ ok: false, problem: { origin: path, code: 'ERR_INPUT_UNREADABLE', message: (error as Error).message } }]
  }
}
