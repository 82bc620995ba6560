/**
 * One RFC 4180 record: fields with a comma, a double quote, CR or LF are quoted and inner
 * quotes doubled; records end with CRLF. A field starting with = + @ (or a tab/CR) gets a
 * leading apostrophe so that spreadsheets show text from the web instead of running it as a formula.
 */
export function csvRow(fields: readonly (string | number | null | undefined)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`
}

export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return ''
  let text = String(value)
  if (typeof value === 'string' && /^[=+@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
