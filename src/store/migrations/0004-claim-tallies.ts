import { sql, type Kysely } from 'kysely'

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * What the legal engine reads, summarised: `claim_tallies` counts the effective claims that
 * agree in everything the engine weighs (supplier, recipient, category, status, via, context,
 * day), so that an assessment over 20,000 documents reads a few hundred rows instead of
 * every claim. It is rebuilt from the claims, never edited: `store_generation` moves with
 * every statement that writes claims or documents (in the writer's transaction, so it is seen
 * exactly when the rows are), and `claim_tallies_state` records the generation the tallies
 * were built from. A reader finding the two apart rebuilds first (see claim-tallies.ts).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table store_generation (id int primary key default 1 check (id = 1), n bigint not null)`.execute(db)
  await sql`insert into store_generation (id, n) values (1, 0)`.execute(db)
  await sql`
    create function bump_store_generation() returns trigger language plpgsql as $$
    begin
      update store_generation set n = n + 1 where id = 1;
      return null;
    end $$`.execute(db)
  for (const table of ['claims', 'documents'])
    await sql`create trigger ${sql.ref(`${table}_generation`)} after insert or update or delete or truncate on ${sql.table(table)}
      for each statement execute function bump_store_generation()`.execute(db)
  await sql`
    create table claim_tallies (
      supplier text not null,
      recipient text not null,
      category text not null,
      status text not null,
      via text,
      context jsonb not null,
      day date,
      n integer not null,
      first_id text not null,
      key_min text not null,
      key_max text not null
    )`.execute(db)
  await sql`create index claim_tallies_supplier on claim_tallies (supplier)`.execute(db)
  await sql`create index claim_tallies_via on claim_tallies (via) where via is not null`.execute(db)
  await sql`create table claim_tallies_state (id int primary key default 1 check (id = 1), generation bigint not null, built_at timestamptz)`.execute(db)
  await sql`insert into claim_tallies_state (id, generation) values (1, -1)`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['claims', 'documents']) await sql`drop trigger if exists ${sql.ref(`${table}_generation`)} on ${sql.table(table)}`.execute(db)
  await sql`drop function if exists bump_store_generation()`.execute(db)
  for (const table of ['claim_tallies_state', 'claim_tallies', 'store_generation']) await db.schema.dropTable(table).ifExists().execute()
}
