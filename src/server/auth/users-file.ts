/**
 * The console's local users, for sites without an identity provider: a JSON file of users with
 * scrypt password hashes and role grants. It is read again when it changes, so a user added with
 * the users command can sign in without a restart (roles of sessions already signed in stay as
 * they were until those users sign in again).
 */
import { readFileSync, statSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError, rejectDuplicates } from '../config';
import { parseGrant } from './roles';
import { isPasswordHash } from './passwords';

export const UserEntrySchema = z.strictObject({
  name: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._@-]{0,127}$/, 'must be letters, digits, . _ @ or -'),
  displayName: z.string().min(1).max(256).optional(),
  passwordHash: z.string().refine(isPasswordHash, 'must be a hash made by the users command'),
  roles: z
    .array(
      z.string().refine((g) => parseGrant(g) !== undefined, 'must be a role or platformId:role'),
    )
    .default([]),
});
export type UserEntry = z.infer<typeof UserEntrySchema>;

export const UsersFileSchema = z
  .strictObject({ users: z.array(UserEntrySchema) })
  .superRefine((file, ctx) => {
    rejectDuplicates(ctx, file.users, ['users', 'name'], (name) => `duplicate user ${name}`);
  });
export type UsersFile = z.infer<typeof UsersFileSchema>;

/** Reads and checks a users file; throws ConfigError naming the file and the field at fault. */
export function readUsersFile(path: string): UsersFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`Cannot read the users file ${path}: ${(error as Error).message}`);
  }
  const parsed = UsersFileSchema.safeParse(raw);
  if (!parsed.success)
    throw new ConfigError(
      `Invalid users file ${path}:\n${parsed.error.issues
        .map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`)
        .join('\n')}`,
    );
  return parsed.data;
}

/** The users file, read again whenever its modification time changes. */
export class UsersDirectory {
  private users = new Map<string, UserEntry>();
  private mtimeMs = -1;

  constructor(private readonly path: string) {
    this.reload();
  }

  private reload(): void {
    let mtimeMs: number;
    try {
      mtimeMs = statSync(this.path).mtimeMs;
    } catch (error) {
      throw new ConfigError(`Cannot read the users file ${this.path}: ${(error as Error).message}`);
    }
    if (mtimeMs === this.mtimeMs) return;
    const file = readUsersFile(this.path);
    this.users = new Map(file.users.map((u) => [u.name, u]));
    this.mtimeMs = mtimeMs;
  }

  /** The user of this name; a file broken since start-up keeps the users last read. */
  find(name: string): UserEntry | undefined {
    try {
      this.reload();
    } catch {
      // Keep serving the last good file; the users command refuses to write a broken one.
    }
    return this.users.get(name);
  }
}
