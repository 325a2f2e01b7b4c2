/**
 * `POST /api/ops/{platformId}/{operation}` with `{ "args": [...] }`: the browser's one way to
 * reach Egeria. The operation runs in the platform's dialect on this server (dispatch.ts), as the
 * caller: their console role is checked per operation, on 6.x their own bearer token is sent,
 * and every change is written to the audit log with its outcome. There is no path to forward:
 * anything that is not a configured platform and a named operation gets a console error and
 * reaches no platform.
 *
 * Reads are POSTs too: their arguments are structured (page requests, write previews), their
 * answers must not be cached by anything between the browser and here (TanStack Query caches in
 * the browser), and a JSON POST with the console header cannot be sent cross-site without a CORS
 * preflight the console never grants.
 */
import type { FastifyInstance } from 'fastify';
import { operationPath } from '../../egeria/operations';
import { CONSOLE_REQUEST_HEADER } from '../../egeria/platform-info';
import type { AuditStore } from '../audit/audit-store';
import type { ConsoleAuth } from '../auth/console-auth';
import { CONSOLE_MESSAGES, consoleEgeriaError } from '../console-errors';
import type { PlatformTarget } from '../platform-target';
import { sessionOf } from '../session/session-routes';
import { callContext } from './call-context';
import { dispatch, errorBody } from './dispatch';
import { buildOperationTable, byName, type OperationSpec } from './operation-table';
import { operationScope, type PlatformBackends } from './platform-backends';

export interface OpsDependencies {
  targets: Map<string, PlatformTarget>;
  backends: PlatformBackends;
  auth: ConsoleAuth;
  audit: AuditStore;
}

type OpsParams = { platformId: string; operation: string };

export function registerOpsRoutes(app: FastifyInstance, deps: OpsDependencies): void {
  const { targets, backends, auth, audit } = deps;
  const tables = new Map<string, ReadonlyMap<string, OperationSpec>>(
    [...targets].map(([id, target]) => [id, byName(buildOperationTable(operationScope(target)))]),
  );

  app.post<{ Params: OpsParams }>(
    '/api/ops/:platformId/:operation',
    { bodyLimit: 4 * 1024 * 1024 },
    async (request, reply) => {
      const { platformId, operation } = request.params;
      const action = `POST ${operationPath(platformId, operation)}`;
      const refuse = (message: Parameters<typeof consoleEgeriaError>[0], params: string[]) =>
        reply.code(message.status).send(errorBody(consoleEgeriaError(message, params, action)));

      const table = tables.get(platformId);
      if (!table)
        return refuse(CONSOLE_MESSAGES.unknownPlatform, [
          platformId.slice(0, 100),
          [...targets.keys()].join(', ') || '(none)',
        ]);
      if (request.headers[CONSOLE_REQUEST_HEADER] !== '1')
        return refuse(CONSOLE_MESSAGES.notFromConsole, [CONSOLE_REQUEST_HEADER]);

      const caller = auth.caller(request);
      const role = auth.roleOn(caller, platformId);
      const session = sessionOf(request, auth.sessions);
      const signIn = session?.platforms.get(platformId);
      const dialect = await backends.dialect(platformId);

      // The browser may give up (a page left, a query cancelled): so do the Egeria calls.
      const controller = new AbortController();
      reply.raw.on('close', () => {
        if (!reply.raw.writableFinished) controller.abort();
      });
      const requestIds: string[] = [];
      const at = new Date().toISOString();
      const outcome = await callContext.run(
        { signIn, log: request.log, signal: controller.signal, requestIds },
        () =>
          dispatch({
            platformId,
            operation,
            body: request.body,
            table,
            role,
            user: caller?.name ?? 'an anonymous caller',
            backend: () => backends.backend(platformId, signIn?.userId),
            signal: controller.signal,
          }),
      );

      if (outcome.refused)
        request.log.warn(
          { platform: platformId, operation: operation.slice(0, 100), refused: outcome.refused },
          'operation refused',
        );
      if (outcome.audit && caller) {
        try {
          audit.record({
            at,
            user: caller.name,
            userVia: caller.via,
            role,
            platformId,
            ...(dialect === 'v6'
              ? signIn
                ? { egeriaUser: signIn.userId }
                : {}
              : { egeriaUser: targets.get(platformId)?.config.userId }),
            operation: outcome.audit.operation,
            outcome: outcome.audit.outcome,
            ...(outcome.audit.error?.messageId ? { messageId: outcome.audit.error.messageId } : {}),
            ...(outcome.audit.error ? { message: outcome.audit.error.text } : {}),
            requestIds,
            subjects: outcome.audit.subjects,
            args: outcome.audit.args,
          });
        } catch (error) {
          request.log.error({ err: error, operation }, 'could not write the audit log');
        }
      }
      return reply.code(outcome.status).send(outcome.body);
    },
  );
}
