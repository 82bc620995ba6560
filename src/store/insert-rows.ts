import { sql, type Kysely } from 'kysely'
import type { Database } from './database.js'
import { joinPacked, type ColumnTypes, type PackedColumns } from './pack-rows.js'

export type { ColumnTypes } from './pack-rows.js'

/**
 * Inserts many rows with one array parameter per column (`insert … select from unnest(…)`)
 * instead of one parameter per value: for tens of thousands of claim rows this is several
 * times cheaper to build, send and parse than a multi-row VALUES list.
 */
export async function insertRows<T extends keyof Database, Row extends Record<string, unknown>>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Row[],
  types: ColumnTypes<Row>,
): Promise<void> {
  if (rows.length === 0) return
  const columns = Object.keys(types) as (keyof Row & string)[]
  const arrays = columns.map((column) => {
    const type = types[column]!
    const values = rows.map((row) => (row[column] === undefined ? null : row[column]))
    // Arrays go over the wire as text[] / integer[]; jsonb and regconfig are cast per element.
    const wire = type === 'integer' ? sql`integer[]` : sql`text[]`
    return sql`${sql.val(values)}::${wire}`
  })
  await sql`
    insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
    select ${sql.join(columns.map((c) => sql`${sql.ref(`t.${c}`)}::${sql.raw(types[c]!)}`))}
    from unnest(${sql.join(arrays)}) as t(${sql.join(columns.map((c) => sql.ref(c)))})`.execute(db)
}

/** insertRows for rows packed by packRows (in a worker thread): each column goes as one array literal. */
export async function insertPacked<T extends keyof Database, Row extends Record<string, unknown>>(
  db: Kysely<Database>,
  table: T,
  parts: readonly PackedColumns[],
  types: ColumnTypes<Row>,
): Promise<void> {
  if (!parts.some((p) => p.count > 0)) return
  const columns = Object.keys(types) as (keyof Row & string)[]
  const arrays = columns.map((column) => sql`${joinPacked(parts, column)}::${types[column] === 'integer' ? sql`integer[]` : sql`text[]`}`)
  await sql`
    insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
    select ${sql.join(columns.map((c) => sql`${sql.ref(`t.${c}`)}::${sql.raw(types[c]!)}`))}
    from unnest(${sql.join(arrays)}) as t(${sql.join(columns.map((c) => sql.ref(c)))})`.execute(db)
}
