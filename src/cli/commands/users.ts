import { Option, type Command } from 'commander'
import { addUser, listUsers, removeUser, ROLES, type Role } from '../../store/users.js'
import { table } from '../output.js'
import { action, addStoreOption, EXIT, PROCESS_IO, STORE_HELP, withStore, type CommandIo } from './store-command.js'

const HELP = `
Users of the web workbench and the HTTP API. Roles:
  viewer   reads everything
  editor   also reviews claims and ingests documents
  admin    also manages users
'add' prints the new user's API token once; only a hash of it is stored. Lost tokens
cannot be recovered: remove the user and add it again.
${STORE_HELP}

Exit codes: 0 ok, 1 error (e.g. the name exists), 2 usage.

Examples:
  cobel users add alice --role admin
  cobel users list
  cobel users remove alice`

/** `cobel users add|list|remove` */
export function register(program: Command, io: CommandIo = PROCESS_IO): Command {
  const users = program.command('users').summary('manage workbench users and their API tokens').description('Manage the users of `cobel serve`.')
  users.addHelpText('after', HELP)

  const add = users
    .command('add')
    .description("add a user and print its API token (shown once)")
    .argument('<name>', 'user name (letters, digits, ".", "-", "_")')
    .addOption(new Option('--role <role>', 'what the user may do').choices(ROLES).makeOptionMandatory())
    .option('--json', 'print {user, token} as JSON')
  addStoreOption(add)
  add.action(
    action(io, async (name: string, options: { role: Role; json?: boolean }, cmd: Command) => {
      const { user, token } = await withStore(cmd, (store) => addUser(store, name, options.role))
      if (options.json) io.stdout.write(`${JSON.stringify({ user, token })}\n`)
      else {
        io.stderr.write(`added ${user.name} (${user.role}); the token below is shown once, keep it safe:\n`)
        io.stdout.write(`${token}\n`)
      }
      return EXIT.ok
    }),
  )

  const list = users.command('list').description('list users, roles and when they were last seen').option('--json', 'print JSON')
  addStoreOption(list)
  list.action(
    action(io, async (options: { json?: boolean }, cmd: Command) => {
      const all = await withStore(cmd, (store) => listUsers(store))
      if (options.json) io.stdout.write(`${JSON.stringify(all, null, 2)}\n`)
      else if (all.length === 0) io.stdout.write('no users: `cobel serve` is open on loopback only\n')
      else io.stdout.write(`${table(all.map((u) => [u.name, u.role, u.createdAt.slice(0, 19), u.lastSeenAt?.slice(0, 19) ?? '-']), ['NAME', 'ROLE', 'CREATED', 'LAST SEEN'])}\n`)
      return EXIT.ok
    }),
  )

  const remove = users.command('remove').description("remove a user; its token stops working").argument('<name>', 'user name')
  addStoreOption(remove)
  remove.action(
    action(io, async (name: string, _options: unknown, cmd: Command) => {
      await withStore(cmd, (store) => removeUser(store, name))
      io.stderr.write(`removed ${name}\n`)
      return EXIT.ok
    }),
  )
  return users
}
