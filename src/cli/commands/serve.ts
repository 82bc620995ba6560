import { InvalidArgumentError, Option, type Command } from 'commander'
import { resolveStoreTarget } from '../../store/open-store.js'
import { action, addStoreOption, EXIT, integer, PROCESS_IO, STORE_HELP, type CommandIo } from './store-command.js'

const HELP = `
Serves the web workbench at http://HOST:PORT/ and the HTTP API under /api
(OpenAPI document: /api/openapi.json).

Access:
  bound to loopback (127.0.0.1, ::1, localhost) with no users: open, one local user
  users exist: every request needs a token (cobel users add NAME --role viewer|editor|admin)
  any other address with no users: refuses to start
  open access answers only to loopback Host names (localhost, 127.0.0.1, [::1]): a page
  whose name was rebound to 127.0.0.1 gets 403
  a browser Origin other than the server's own gets 403, unless --allowed-origin names it
  the start message gives the address actually bound (http://0.0.0.0:8080/ for every interface)
${STORE_HELP}

Exit codes: 0 stopped with Ctrl-C or SIGTERM, 1 error, 2 usage (e.g. no users on a public address).

Examples:
  cobel serve                                   # http://127.0.0.1:7777/
  cobel users add alice --role admin && cobel serve --host 0.0.0.0 --port 8080
  DATABASE_URL=postgres://cobel@db/cobel cobel serve --host 0.0.0.0`

interface ServeOptions {
  port: number
  host: string
  jobs: number
  rateLimit: number
  log?: boolean
  allowedOrigin?: string[]
}

/** `--allowed-origin https://app.example.org`: a scheme and host, nothing after them. */
function origin(value: string, previous: string[] = []): string[] {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new InvalidArgumentError('expected an origin such as https://app.example.org')
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || value.replace(/\/$/, '') !== url.origin)
    throw new InvalidArgumentError(`expected an origin such as https://app.example.org (scheme and host only), not ${value}`)
  return [...previous, url.origin]
}

/** `cobel serve` */
export function register(program: Command, io: CommandIo = PROCESS_IO): Command {
  const command = program
    .command('serve')
    .summary('serve the web workbench and the HTTP API')
    .description('Serve the web workbench (overview, network, dossiers, claims, documents, review, ingest) and its HTTP API.')
    .addOption(new Option('-p, --port <n>', 'port').argParser(integer(0, 65535)).default(7777))
    .addOption(new Option('--host <address>', 'address to bind').default('127.0.0.1'))
    .addOption(new Option('-j, --jobs <n>', 'extraction worker threads for ingest from the browser (0: in the server thread)').argParser(integer(0, 64)).default(1))
    .addOption(new Option('--rate-limit <n>', 'requests per minute per client (token or address)').argParser(integer(1)).default(1200))
    .option('--allowed-origin <origin>', 'a browser origin besides the server\'s own that may call the API (repeat for several)', origin)
    .option('--log', 'log every request (JSON lines on stdout)')
  addStoreOption(command)
  command.addHelpText('after', HELP)
  command.action(
    action(io, async (options: ServeOptions, cmd: Command) => {
      const data = cmd.optsWithGlobals<{ data?: string }>().data
      // Loaded here: the server's modules cost other commands nearly a second of start-up.
      const { startServer } = await import('../../server/start-server.js')
      const server = await startServer({
        host: options.host,
        port: options.port,
        target: resolveStoreTarget(data),
        jobs: options.jobs,
        rateLimit: options.rateLimit,
        log: !!options.log,
        ...(options.allowedOrigin ? { allowedOrigins: options.allowedOrigin } : {}),
      })
      const how = server.mode === 'open' ? 'open access (loopback, no users)' : 'token access'
      io.stderr.write(`cobel: serving ${server.url}/ (${server.store.engine} store ${server.store.location}; ${how})\n`)
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          process.off('SIGINT', stop)
          process.off('SIGTERM', stop)
          resolve()
        }
        process.on('SIGINT', stop)
        process.on('SIGTERM', stop)
      })
      io.stderr.write('cobel: stopping\n')
      await server.close()
      return EXIT.ok
    }),
  )
  return command
}
