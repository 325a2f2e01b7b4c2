/**
 * `npm run users -- …`: keeps the console's users file.
 *
 *   add <file> <name> [--role R]... [--display-name "Name"]   add a user, or set their password
 *                                                             (and roles, when given)
 *   remove <file> <name>                                      remove a user
 *   list <file>                                               names and roles, never hashes
 *
 * The password is read from standard input (typed without echo on a terminal), never from the
 * command line, where it would stay in the shell history and the process list. Roles are
 * `viewer`, `operator`, `editor` or `admin`, or `platformId:role` for one platform.
 */
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { hashPassword } from './passwords';
import { parseGrant } from './roles';
import { readUsersFile, UserEntrySchema, UsersFileSchema, type UsersFile } from './users-file';

const USAGE = `Usage:
  npm run users -- add <file> <name> [--role viewer|operator|editor|admin|platformId:role]... [--display-name "Name"]
  npm run users -- remove <file> <name>
  npm run users -- list <file>
The password is read from standard input.`;

class UsageError extends Error {}

async function readPassword(): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    let text = '';
    for await (const chunk of stdin) text += String(chunk);
    return text.split(/\r?\n/)[0] ?? '';
  }
  const ask = (prompt: string) =>
    new Promise<string>((resolve) => {
      const rl = createInterface({ input: stdin, output: process.stdout, terminal: true });
      // Echo nothing of what is typed.
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
        if (s.startsWith(prompt)) process.stdout.write(prompt);
      };
      rl.question(prompt, (answer) => {
        rl.close();
        process.stdout.write('\n');
        resolve(answer);
      });
    });
  const first = await ask('Password: ');
  const again = await ask('Again: ');
  if (first !== again) throw new UsageError('The two passwords differ; nothing was changed.');
  return first;
}

function load(file: string): UsersFile {
  return existsSync(file) ? readUsersFile(file) : { users: [] };
}

/** Writes through a temporary file, so a reader never sees half a file; readable by the owner only. */
function save(file: string, users: UsersFile): void {
  UsersFileSchema.parse(users);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(users, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, file);
}

function options(args: string[]): { roles?: string[]; displayName?: string } {
  const roles: string[] = [];
  let displayName: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    const value = args[i + 1];
    if ((flag === '--role' || flag === '--display-name') && value === undefined)
      throw new UsageError(`${flag} needs a value`);
    if (flag === '--role') {
      if (!parseGrant(value ?? '')) throw new UsageError(`Not a role: ${value}`);
      roles.push(value ?? '');
      i++;
    } else if (flag === '--display-name') {
      displayName = value;
      i++;
    } else throw new UsageError(`Unknown option ${flag}`);
  }
  return { ...(roles.length ? { roles } : {}), ...(displayName ? { displayName } : {}) };
}

export async function run(argv: string[]): Promise<string> {
  const [command, file, name, ...rest] = argv;
  if (!command || !file) throw new UsageError(USAGE);
  if (command === 'list') {
    return load(file)
      .users.map((u) => `${u.name}\t${u.roles.join(',') || '(no role)'}`)
      .join('\n');
  }
  if (!name) throw new UsageError(USAGE);
  const users = load(file);
  if (command === 'remove') {
    const left = users.users.filter((u) => u.name !== name);
    if (left.length === users.users.length) throw new UsageError(`No user ${name} in ${file}`);
    save(file, { users: left });
    return `Removed ${name}. Their open sessions end when they sign out or after 8 hours idle.`;
  }
  if (command !== 'add') throw new UsageError(USAGE);
  const extra = options(rest);
  const password = await readPassword();
  if (password.length < 8) throw new UsageError('Use a password of at least 8 characters.');
  const existing = users.users.find((u) => u.name === name);
  const entry = UserEntrySchema.parse({
    ...existing,
    name,
    ...extra,
    roles: extra.roles ?? existing?.roles ?? ['viewer'],
    passwordHash: await hashPassword(password),
  });
  save(file, {
    users: existing
      ? users.users.map((u) => (u.name === name ? entry : u))
      : [...users.users, entry],
  });
  return `${existing ? 'Updated' : 'Added'} ${name} (${entry.roles.join(', ')}) in ${file}.`;
}

// Run when this file is the program (the built dist/server/users-cli.js, or tsx).
if (process.argv[1] && /users-cli\.(ts|js)$/.test(process.argv[1])) {
  run(process.argv.slice(2)).then(
    (message) => console.log(message),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(error instanceof UsageError ? 2 : 1);
    },
  );
}
