/** Terminal output helpers: colour only on a TTY and when NO_COLOR is unset. */
const useColor = (stream: NodeJS.WriteStream): boolean => !!stream.isTTY && !process.env.NO_COLOR && process.env.TERM !== 'dumb'

const wrap = (code: string) => (text: string, stream: NodeJS.WriteStream = process.stdout): string => (useColor(stream) ? `\u001b[${code}m${text}\u001b[0m` : text)
export const bold = wrap('1')
export const dim = wrap('2')
export const red = wrap('31')
export const green = wrap('32')
export const yellow = wrap('33')
export const cyan = wrap('36')

/** Display width of a string, ignoring ANSI colour codes. */
const width = (text: string): number => [...text.replace(/\u001b\[[0-9;]*m/g, '')].length

/** Left-aligned columns; the last column is not padded. */
export function table(rows: readonly (readonly string[])[], header?: readonly string[]): string {
  const all = header ? [header.map((h) => bold(h)), ...rows] : rows
  const widths: number[] = []
  for (const row of all) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, width(cell))))
  return all.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat(widths[i]! - width(cell)))).join('  ')).join('\n')
}

/** Shortens text to `max` characters with an ellipsis. */
export const clip = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`)

/** Process exit codes: what each means is part of the command-line contract. */
/** Exit codes of every command (README lists them): 4 is `search` finding nothing, as grep's 1 would be taken for an error. */
export const EXIT = { ok: 0, error: 1, usage: 2, partial: 3, noMatch: 4 } as const

/** Writes a line to stdout, resolving when flushed (so piping to `head` does not lose output). */
export function writeOut(text: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(text.endsWith('\n') ? text : `${text}\n`)) resolve()
    else process.stdout.once('drain', () => resolve())
  })
}
