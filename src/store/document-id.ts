import { createHash } from 'node:crypto'

/**
 * The text a document id is computed from: Unicode NFC, one kind of line break, no trailing
 * spaces, no leading or trailing blank lines. Re-saving a file in another editor keeps its id.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+$/gm, '')
    .trim()
}

export const sha256Hex = (value: string | Uint8Array): string => createHash('sha256').update(value).digest('hex')

/** Document id: SHA-256 (hex) of the normalised text. */
export const documentIdOf = (text: string): string => sha256Hex(normaliseText(text))
