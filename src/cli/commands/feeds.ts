import { InvalidArgumentError, Option, type Command } from 'commander'
import { queueNeedsPostgres } from '../../queue/job-queue.js'
import { addFeed, listFeedPolls, listFeeds, makeFeedsDue, removeFeed, MIN_FEED_SECONDS, type FeedRow } from '../../store/feeds.js'
import { resolveStoreTarget } from '../../store/open-store.js'
import { clip, table } from '../output.js'
import { action, EXIT, PROCESS_IO, QUEUE_HELP, withStore, type CommandIo } from './store-command.js'

const HELP = `
Feeds (RSS, Atom) watched by the job queue: every worker runs the queue's cron, which each
minute enqueues a poll of every feed that is due. A poll sends If-None-Match and
If-Modified-Since from the last answer, so an unchanged feed costs a 304; only items not seen
before (by GUID, else canonical URL) are enqueued, one job each, for the workers to fetch and
store. Every poll is recorded; a feed that fails keeps its schedule and shows its last error.
${QUEUE_HELP}

Exit codes: 0 ok, 1 error (e.g. the feed is watched already), 2 usage.

Examples:
  cobel feeds add https://example.org/feed.xml --every 15m
  cobel feeds list
  cobel feeds poll 3           # due now (all feeds without an argument)
  cobel feeds remove 3`

/** "15m", "1h", "90s", "2d" → seconds. */
export function parseEvery(value: string): number {
  const m = /^(\d+)\s*(s|m|h|d)?$/i.exec(value.trim())
  if (!m) throw new InvalidArgumentError('expected a duration such as 90s, 15m, 1h or 1d')
  const seconds = Number(m[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[(m[2] ?? 'm').toLowerCase() as 's' | 'm' | 'h' | 'd']
  if (seconds < MIN_FEED_SECONDS) throw new InvalidArgumentError('the shortest interval is 1m (the cron looks for due feeds once a minute)')
  if (seconds > 30 * 86400) throw new InvalidArgumentError('the longest interval is 30d')
  return seconds
}

const postgresOnly = (cmd: Command): void => {
  if (!('databaseUrl' in resolveStoreTarget(cmd.optsWithGlobals<{ data?: string }>().data))) throw queueNeedsPostgres()
}

/** `cobel feeds add|list|remove|poll` */
export function register(program: Command, io: CommandIo = PROCESS_IO): Command {
  const feeds = program.command('feeds').summary('feeds watched by the job queue: add, list, remove, poll now').description('Manage the feeds the job queue polls.')
  feeds.addHelpText('after', HELP)

  feeds
    .command('add')
    .description('watch a feed; its first poll is due at once')
    .argument('<url>', 'RSS or Atom feed URL')
    .addOption(new Option('--every <duration>', 'polling interval: 90s, 15m, 1h, 1d').argParser(parseEvery).default(15 * 60, '15m'))
    .option('--json', 'print the feed as JSON')
    .action(
      action(io, async (url: string, options: { every: number; json?: boolean }, cmd: Command) => {
        postgresOnly(cmd)
        const feed = await withStore(cmd, (store) => addFeed(store, url, options.every, process.env.USER ?? null), { brief: true })
        if (options.json) io.stdout.write(`${JSON.stringify(feed)}\n`)
        else io.stdout.write(`watching feed ${feed.id}: ${feed.url}, every ${formatEvery(feed.everySeconds)} (polled by \`cobel worker\`)\n`)
        return EXIT.ok
      }),
    )

  feeds
    .command('list')
    .description('watched feeds with their last poll and error')
    .option('--polls <n>', 'also list the last N polls of each feed', (v) => Number(v))
    .option('--json', 'print JSON')
    .action(
      action(io, (options: { json?: boolean; polls?: number }, cmd: Command) => listFeedsCommand(io, options, cmd)),
    )

  feeds
    .command('remove')
    .description('stop watching a feed (its stored documents stay)')
    .argument('<feed>', 'feed id or URL')
    .action(
      action(io, async (feed: string, _options: unknown, cmd: Command) => {
        postgresOnly(cmd)
        const removed = await withStore(cmd, (store) => removeFeed(store, feed), { brief: true })
        if (!removed) {
          io.stderr.write(`cobel: ERR_NOT_FOUND: no feed ${feed}\n`)
          return EXIT.error
        }
        io.stderr.write(`removed feed ${feed}\n`)
        return EXIT.ok
      }),
    )

  feeds
    .command('poll')
    .description('make feeds due now: the next cron minute enqueues their polls')
    .argument('[feed]', 'feed id or URL (default: every feed)')
    .action(
      action(io, async (feed: string | undefined, _options: unknown, cmd: Command) => {
        postgresOnly(cmd)
        const ids = await withStore(cmd, (store) => makeFeedsDue(store, feed), { brief: true })
        if (feed && ids.length === 0) {
          io.stderr.write(`cobel: ERR_NOT_FOUND: no feed ${feed}\n`)
          return EXIT.error
        }
        io.stdout.write(`${ids.length} feed(s) due now\n`)
        return EXIT.ok
      }),
    )
  return feeds
}

/** `cobel feeds list`: the watched feeds, with their last polls when asked. */
async function listFeedsCommand(io: CommandIo, options: { json?: boolean; polls?: number }, cmd: Command): Promise<number> {
  postgresOnly(cmd)
  const { all, polls } = await withStore(
    cmd,
    async (store) => {
      const all = await listFeeds(store)
      const polls = options.polls ? await Promise.all(all.map((f) => listFeedPolls(store, f.id, options.polls))) : []
      return { all, polls }
    },
    { brief: true },
  )
  if (options.json) {
    io.stdout.write(`${JSON.stringify(options.polls ? all.map((f, i) => ({ ...f, recentPolls: polls[i] })) : all, null, 2)}\n`)
    return EXIT.ok
  }
  if (all.length === 0) {
    io.stdout.write('no feeds watched: cobel feeds add URL\n')
    return EXIT.ok
  }
  io.stdout.write(`${table(all.map(feedCells), ['ID', 'URL', 'EVERY', 'LAST POLL', 'STATUS', 'ITEMS', 'NEXT', 'LAST ERROR'])}\n`)
  all.forEach((f, i) => {
    if (!polls[i]?.length) return
    io.stdout.write(`\nfeed ${f.id}, last polls:\n`)
    io.stdout.write(`${table(polls[i]!.map((p) => [p.at.toISOString().slice(0, 19), p.status, String(p.httpStatus ?? '-'), String(p.items), String(p.newItems), `${p.durationMs} ms`, clip(p.error ?? '', 60)]), ['AT', 'STATUS', 'HTTP', 'ITEMS', 'NEW', 'TOOK', 'ERROR'])}\n`)
  })
  return EXIT.ok
}

function feedCells(f: FeedRow): string[] {
  return [
    String(f.id),
    clip(f.url, 50),
    formatEvery(f.everySeconds),
    f.lastPolledAt?.toISOString().slice(0, 19) ?? '-',
    f.lastStatus ?? 'never polled',
    String(f.itemsSeen),
    f.nextPollAt.toISOString().slice(0, 19),
    clip(f.lastError ?? '', 60),
  ]
}

export function formatEvery(seconds: number): string {
  if (seconds % 86400 === 0) return `${seconds / 86400}d`
  if (seconds % 3600 === 0) return `${seconds / 3600}h`
  if (seconds % 60 === 0) return `${seconds / 60}m`
  return `${seconds}s`
}
