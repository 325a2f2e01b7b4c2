/**
 * What an Egeria call made on behalf of a browser needs to know about that browser's request,
 * carried through the dialect code (which knows nothing of it) by AsyncLocalStorage: on 6.x whose
 * token to send, where to log, when to give up, and where to note Egeria's request ids for the
 * audit log. The token is read from the session at each call and never copied out of it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyBaseLogger } from 'fastify';
import type { PlatformSignIn } from '../session/session-store';

export interface CallContext {
  /** 6.x: the caller's sign-in to the platform; its token is cleared when the platform refuses it. */
  signIn?: PlatformSignIn;
  log: FastifyBaseLogger;
  /** Aborted when the browser's request goes away. */
  signal?: AbortSignal;
  /** Set for audited operations: the requestId of every Egeria answer, in order. */
  requestIds?: string[];
}

export const callContext = new AsyncLocalStorage<CallContext>();
