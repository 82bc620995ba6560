import { sql, type Kysely } from 'kysely'

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Watched feeds. The job queue itself (pg-boss) keeps its tables in its own schema, `pgboss`,
 * which it creates and migrates when a worker starts; these tables are what cobel knows about
 * each feed: its conditional-request validators (ETag, Last-Modified), when it is next due,
 * the items already seen (by GUID or canonical URL, so a new poll enqueues only new items) and
 * the outcome of every poll. Nothing here depends on the claims or on migrations after 0004.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table feeds (
      id serial primary key,
      url text not null unique,
      every_seconds integer not null check (every_seconds >= 60),
      added_by text,
      added_at timestamptz not null default now(),
      next_poll_at timestamptz not null default now(),
      etag text,
      last_modified text,
      last_polled_at timestamptz,
      last_status text check (last_status in ('ok', 'not_modified', 'failed')),
      last_error text,
      last_ok_at timestamptz,
      items_seen integer not null default 0,
      title text
    )`.execute(db)
  await sql`create index feeds_next_poll on feeds (next_poll_at)`.execute(db)
  await sql`
    create table feed_items (
      feed_id integer not null references feeds (id) on delete cascade,
      key text not null,
      url text,
      first_seen timestamptz not null default now(),
      primary key (feed_id, key)
    )`.execute(db)
  await sql`
    create table feed_polls (
      id bigserial primary key,
      feed_id integer not null references feeds (id) on delete cascade,
      at timestamptz not null default now(),
      status text not null check (status in ('ok', 'not_modified', 'failed')),
      http_status integer,
      items integer not null default 0,
      new_items integer not null default 0,
      error text,
      duration_ms integer not null
    )`.execute(db)
  await sql`create index feed_polls_feed on feed_polls (feed_id, at desc)`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['feed_polls', 'feed_items', 'feeds']) await db.schema.dropTable(table).ifExists().execute()
}
