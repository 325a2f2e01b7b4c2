/**
 * The audit log over HTTP:
 *
 *   GET /api/audit/{platformId}/element?kind=connector|group&value=…   one element's entries
 *                                                        (anyone with a role on the platform)
 *   GET /api/audit?platform=&user=&operation=&outcome=&element=&from=&to=&before=&limit=
 *   GET /api/audit/export?format=csv|json&…same filters  (administrators; entries of the
 *                                                        platforms they administer)
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AuditEntry, AuditPage } from '../../egeria/audit';
import { roleAllows } from '../../egeria/operations';
import type { ConsoleAuth } from '../auth/console-auth';
import { CONSOLE_MESSAGES, consoleError } from '../console-errors';
import type { AuditStore } from './audit-store';

const isoDate = z
  .string()
  .max(64)
  .refine((s) => !Number.isNaN(Date.parse(s)), 'must be a date')
  .transform((s) => new Date(s).toISOString());

const FilterSchema = z.object({
  platform: z.string().max(64).optional(),
  user: z.string().max(256).optional(),
  operation: z.string().max(64).optional(),
  outcome: z.enum(['succeeded', 'failed', 'refused']).optional(),
  element: z.string().max(1024).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
const SearchSchema = FilterSchema.extend({
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
const ExportSchema = FilterSchema.extend({ format: z.enum(['csv', 'json']).default('csv') });
const ElementSchema = z.object({
  kind: z.enum(['connector', 'group']),
  value: z
    .union([z.string().min(1).max(1024), z.array(z.string().min(1).max(1024)).max(10)])
    .transform((v) => (Array.isArray(v) ? v : [v])),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const EXPORT_MAX = 100_000;
const CSV_COLUMNS: Array<[string, (e: AuditEntry) => unknown]> = [
  ['id', (e) => e.id],
  ['at', (e) => e.at],
  ['user', (e) => e.user],
  ['signedInVia', (e) => e.userVia],
  ['role', (e) => e.role ?? ''],
  ['platform', (e) => e.platformId],
  ['egeriaUser', (e) => e.egeriaUser ?? ''],
  ['operation', (e) => e.operation],
  ['outcome', (e) => e.outcome],
  ['messageId', (e) => e.messageId ?? ''],
  ['message', (e) => e.message ?? ''],
  ['requestIds', (e) => e.requestIds.join(' ')],
  [
    'elements',
    (e) => e.subjects.map((s) => [s.kind, s.name, s.guid].filter(Boolean).join(':')).join('; '),
  ],
  ['arguments', (e) => JSON.stringify(e.args)],
];

/** One CSV field: quoted, and a leading = + - @ defused so a spreadsheet shows it as text. */
function csvField(value: unknown): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(entries: AuditEntry[]): string {
  const lines = [CSV_COLUMNS.map(([name]) => name).join(',')];
  for (const entry of entries)
    lines.push(CSV_COLUMNS.map(([, get]) => csvField(get(entry))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export function registerAuditRoutes(
  app: FastifyInstance,
  audit: AuditStore,
  auth: ConsoleAuth,
  platformIds: readonly string[],
): void {
  function badRequest(reply: FastifyReply, request: FastifyRequest, detail: string) {
    return reply
      .code(400)
      .send(
        consoleError(
          { ...CONSOLE_MESSAGES.badArguments, text: 'The audit query is not valid: {1}' },
          ['audit', detail],
          `GET ${request.url.split('?')[0]}`,
        ),
      );
  }
  function forbidden(reply: FastifyReply, request: FastifyRequest, what: string, platform: string) {
    const caller = auth.caller(request);
    return reply
      .code(403)
      .send(
        consoleError(
          CONSOLE_MESSAGES.roleTooLow,
          [
            what,
            'admin',
            platform,
            caller?.name ?? 'you',
            auth.roleOn(caller, platform) ?? 'no role',
          ],
          `GET ${request.url.split('?')[0]}`,
        ),
      );
  }
  /** The platforms whose audit the caller administers. */
  const administered = (request: FastifyRequest) => {
    const caller = auth.caller(request);
    return platformIds.filter((id) => roleAllows(auth.roleOn(caller, id), 'admin'));
  };
  const issue = (error: z.ZodError) =>
    error.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`).join('; ');

  app.get<{ Params: { platformId: string } }>(
    '/api/audit/:platformId/element',
    async (request, reply) => {
      const { platformId } = request.params;
      if (!platformIds.includes(platformId))
        return reply
          .code(404)
          .send(
            consoleError(
              CONSOLE_MESSAGES.unknownPlatform,
              [platformId, platformIds.join(', ')],
              `GET ${request.url.split('?')[0]}`,
            ),
          );
      const caller = auth.caller(request);
      if (!roleAllows(auth.roleOn(caller, platformId), 'viewer'))
        return forbidden(reply, request, 'audit.element', platformId);
      const query = ElementSchema.safeParse(request.query);
      if (!query.success) return badRequest(reply, request, issue(query.error));
      const entries = audit.forElement(
        platformId,
        query.data.kind,
        query.data.value,
        query.data.limit,
      );
      return reply.send({ entries } satisfies AuditPage);
    },
  );

  app.get('/api/audit', async (request, reply) => {
    const query = SearchSchema.safeParse(request.query);
    if (!query.success) return badRequest(reply, request, issue(query.error));
    const platforms = administered(request);
    if (platforms.length === 0) return forbidden(reply, request, 'audit.search', 'any platform');
    const entries = audit.search({ ...query.data, platforms });
    const last = entries[entries.length - 1];
    return reply.send({
      entries,
      ...(entries.length === query.data.limit && last ? { nextBefore: last.id } : {}),
    } satisfies AuditPage);
  });

  app.get('/api/audit/export', async (request, reply) => {
    const query = ExportSchema.safeParse(request.query);
    if (!query.success) return badRequest(reply, request, issue(query.error));
    const platforms = administered(request);
    if (platforms.length === 0) return forbidden(reply, request, 'audit.export', 'any platform');
    const { format, ...filter } = query.data;
    const entries = audit.search({ ...filter, platforms, limit: EXPORT_MAX });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    reply.header('content-disposition', `attachment; filename="console-audit-${stamp}.${format}"`);
    return format === 'csv'
      ? reply.type('text/csv; charset=utf-8').send(toCsv(entries))
      : reply.type('application/json; charset=utf-8').send(JSON.stringify(entries, null, 2));
  });
}
