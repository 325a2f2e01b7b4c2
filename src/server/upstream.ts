/**
 * One HTTP(S) client per configured platform. TLS trust is per platform (a CA file, or an explicit
 * insecure flag for that platform only); global certificate checking is never switched off.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { PlatformConfig } from './config';
import { ConfigError } from './config';

export interface UpstreamRequest {
  method: string;
  /** Path and query, beginning with '/'. */
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  timeoutMs: number;
  /** Abandons the request (the browser that asked for it went away). */
  signal?: AbortSignal;
}

export interface UpstreamResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export class UpstreamError extends Error {
  constructor(
    readonly reason: 'unreachable' | 'timeout' | 'tls' | 'aborted',
    message: string,
  ) {
    super(message);
  }
}

const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
]);

/** Upper bound on an answer the console will buffer; Egeria pages are far smaller. */
const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

export interface Upstream {
  readonly base: URL;
  request(req: UpstreamRequest): Promise<UpstreamResponse>;
  close(): void;
}

export function createUpstream(platform: PlatformConfig): Upstream {
  const base = new URL(platform.url);
  const secure = base.protocol === 'https:';
  let agent: http.Agent;
  if (secure) {
    let ca: Buffer | undefined;
    if (platform.tls.caFile) {
      try {
        ca = readFileSync(platform.tls.caFile);
      } catch (error) {
        throw new ConfigError(
          `Invalid configuration:\n  - platforms[${platform.id}].tls.caFile: cannot read ${platform.tls.caFile}: ${(error as Error).message}`,
        );
      }
    }
    agent = new https.Agent({
      keepAlive: true,
      maxSockets: 16,
      ca,
      rejectUnauthorized: !platform.tls.insecure,
    });
  } else {
    agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  }
  const basePath = base.pathname.replace(/\/+$/, '');

  return {
    base,
    request(req) {
      return send(req, false);
    },
    close() {
      agent.destroy();
    },
  };

  function send(req: UpstreamRequest, retried: boolean): Promise<UpstreamResponse> {
    return new Promise<UpstreamResponse>((resolve, reject) => {
      const client = secure ? https : http;
      const outgoing = client.request(
        {
          protocol: base.protocol,
          hostname: base.hostname,
          port: base.port || (secure ? 443 : 80),
          method: req.method,
          path: basePath + req.path,
          headers: req.body
            ? { ...req.headers, 'content-length': String(req.body.length) }
            : req.headers,
          agent,
        },
        (incoming) => {
          const chunks: Buffer[] = [];
          let size = 0;
          incoming.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > MAX_RESPONSE_BYTES) {
              incoming.destroy(new Error(`answer larger than ${MAX_RESPONSE_BYTES} bytes`));
              return;
            }
            chunks.push(chunk);
          });
          incoming.on('end', () =>
            resolve({
              status: incoming.statusCode ?? 502,
              headers: incoming.headers,
              body: Buffer.concat(chunks),
            }),
          );
          incoming.on('error', (error) => reject(new UpstreamError('unreachable', error.message)));
        },
      );
      if (req.signal) {
        const abort = () =>
          outgoing.destroy(new UpstreamError('aborted', 'the caller gave up on the request'));
        if (req.signal.aborted) abort();
        else {
          req.signal.addEventListener('abort', abort, { once: true });
          outgoing.once('close', () => req.signal?.removeEventListener('abort', abort));
        }
      }
      outgoing.setTimeout(req.timeoutMs, () => {
        outgoing.destroy(new UpstreamError('timeout', `no answer within ${req.timeoutMs} ms`));
      });
      outgoing.on('error', (error: NodeJS.ErrnoException) => {
        // The platform closed a kept-alive connection just as it was reused: the request never
        // reached it. A GET changes nothing, so it is sent once more on a new connection.
        if (
          error.code === 'ECONNRESET' &&
          outgoing.reusedSocket &&
          req.method === 'GET' &&
          !retried &&
          !req.signal?.aborted
        ) {
          resolve(send(req, true));
          return;
        }
        if (error instanceof UpstreamError) reject(error);
        else if (error.code && TLS_CODES.has(error.code))
          reject(new UpstreamError('tls', `${error.code}: ${error.message}`));
        else reject(new UpstreamError('unreachable', error.code ?? error.message));
      });
      outgoing.end(req.body);
    });
  }
}
