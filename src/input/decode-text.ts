import { CobelError } from '../domain/errors.js'

/** Documents above this size are refused: news articles are kilobytes, not megabytes. */
export const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024

export interface DecodedText {
  readonly text: string
  readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'
  /** Set when the bytes were not valid UTF-8 and a fallback decoding was used. */
  readonly warning: string | null
}

/**
 * Turns captured bytes into text. Refuses empty and binary input; decodes UTF-8 (with or
 * without BOM) and UTF-16 with BOM; falls back to Windows-1252 with a warning when the
 * bytes are not valid UTF-8, rather than silently inserting replacement characters.
 */
export function decodeText(bytes: Uint8Array, source: string, maxBytes = MAX_DOCUMENT_BYTES): DecodedText {
  if (bytes.length === 0) throw new CobelError('ERR_INPUT_EMPTY', 'the input is empty', source)
  if (bytes.length > maxBytes)
    throw new CobelError('ERR_INPUT_TOO_LARGE', `the input is ${bytes.length} bytes; the limit is ${maxBytes}`, source)
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return finish(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le', null, source)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return finish(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be', null, source)
  if (looksBinary(bytes)) throw new CobelError('ERR_INPUT_BINARY', 'the input looks binary (not text, HTML or JSON)', source)
  try {
    return finish(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), 'utf-8', null, source)
  } catch {
    const text = new TextDecoder('windows-1252').decode(bytes)
    return finish(text, 'windows-1252', 'not valid UTF-8: decoded as Windows-1252', source)
  }
}

function finish(text: string, encoding: DecodedText['encoding'], warning: string | null, source: string): DecodedText {
  if (text.trim().length === 0) throw new CobelError('ERR_INPUT_EMPTY', 'the input holds only whitespace', source)
  return { text, encoding, warning }
}

/** NUL bytes, or many control characters in the first 8 KB, mean the input is not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!
    if (b === 0) return true
    if (b < 9 || (b > 13 && b < 32)) control++
  }
  return control / n > 0.05
}
