/** PostgreSQL type of each column written by insertRows. */
export type ColumnTypes<Row> = { readonly [K in keyof Row]?: 'text' | 'integer' | 'jsonb' | 'regconfig' | 'timestamptz' }

/**
 * Rows of one table as PostgreSQL array-literal elements, one string per column
 * (`"a","b",NULL`): the batch's arrays are these strings joined, so the thread that writes
 * neither walks nor escapes the rows, and a worker thread hands over a few strings instead
 * of hundreds of objects.
 */
export interface PackedColumns {
  readonly count: number
  readonly columns: Readonly<Record<string, string>>
}

/** Packs rows for insertPacked (the same columns as `types`). */
export function packRows<Row extends Record<string, unknown>>(rows: readonly Row[], types: ColumnTypes<Row>): PackedColumns {
  const columns: Record<string, string> = {}
  for (const column of Object.keys(types)) {
    const integer = types[column as keyof Row] === 'integer'
    let out = ''
    for (let i = 0; i < rows.length; i++) {
      const value = rows[i]![column]
      if (i > 0) out += ','
      if (value === null || value === undefined) out += 'NULL'
      else if (integer) out += String(value)
      // "…" with backslash and quote escaped, as array_in reads it: 'he said "no"' → "he said \"no\""
      else out += `"${(value instanceof Date ? value.toISOString() : String(value)).replace(/[\\"]/g, '\\$&')}"`
    }
    columns[column] = out
  }
  return { count: rows.length, columns }
}

/** The array literal of one column over several packed parts: `{…}`. */
export function joinPacked(parts: readonly PackedColumns[], column: string): string {
  let out = '{'
  let first = true
  for (const part of parts) {
    if (part.count === 0) continue
    if (!first) out += ','
    out += part.columns[column]
    first = false
  }
  return `${out}}`
}
