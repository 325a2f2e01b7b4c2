/**
 * A minimal Server-Sent Events client for the server's tests: reads a real HTTP stream and
 * parses it the way a browser's EventSource does (event, id, data lines; comments kept apart).
 */
import http from 'node:http';

export interface ReceivedEvent {
  event: string;
  id?: string;
  data: unknown;
}

export interface SseClient {
  status: Promise<number>;
  events: ReceivedEvent[];
  comments: string[];
  /** Everything received, raw. */
  readonly raw: string;
  /** True once the server ended the stream. */
  readonly ended: boolean;
  close(): void;
}

export function openSse(url: string, headers: Record<string, string>): SseClient {
  const events: ReceivedEvent[] = [];
  const comments: string[] = [];
  let raw = '';
  let buffer = '';
  let ended = false;
  let resolveStatus: (status: number) => void = () => {};
  const status = new Promise<number>((resolve) => {
    resolveStatus = resolve;
  });
  const request = http.get(url, { headers: { accept: 'text/event-stream', ...headers } }, (res) => {
    resolveStatus(res.statusCode ?? 0);
    res.setEncoding('utf8');
    res.on('end', () => {
      ended = true;
    });
    res.on('data', (chunk: string) => {
      raw += chunk;
      buffer += chunk;
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let event = 'message';
        let id: string | undefined;
        const data: string[] = [];
        for (const line of block.split('\n')) {
          if (line.startsWith(':')) comments.push(line.slice(1).trim());
          else if (line.startsWith('event:')) event = line.slice(6).trim();
          else if (line.startsWith('id:')) id = line.slice(3).trim();
          else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
        }
        if (data.length > 0) {
          const text = data.join('\n');
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            // Not JSON: keep the text.
          }
          events.push({ event, id, data: parsed });
        }
        end = buffer.indexOf('\n\n');
      }
    });
  });
  request.on('error', () => resolveStatus(0));
  return {
    status,
    events,
    comments,
    get raw() {
      return raw;
    },
    get ended() {
      return ended;
    },
    close: () => request.destroy(),
  };
}

/** Events that report one poll each: the first snapshot, then one changes event per poll. */
export const pollEvents = (client: SseClient): ReceivedEvent[] =>
  client.events.filter((e) => e.event === 'snapshot' || e.event === 'changes');

/** The sequence numbers of the polls a client was told of (snapshot and changes events). */
export function pollSeqs(client: SseClient): number[] {
  return pollEvents(client).map((e) => (e.data as { seq: number }).seq);
}

/** The sandbox's control API (tests only): a JSON call, its JSON answer. */
export function sandboxControl(controlUrl: string) {
  return async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${controlUrl}/sandbox-control${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return (await res.json()) as Record<string, unknown>;
  };
}

/**
 * Waits until every client has been told of poll `seq`, then returns what each was told of after
 * poll `after`: the same list for all when they share one feed (an event can be on its way to one
 * client while another has it, so counts compared at an instant can differ by one).
 */
export async function pollsDelivered(
  clients: readonly SseClient[],
  after: number,
  seq: number,
): Promise<number[][]> {
  await until(
    () => clients.every((c) => pollSeqs(c).some((s) => s >= seq)),
    5_000,
    `poll ${seq} at every client`,
  );
  return clients.map((c) => pollSeqs(c).filter((s) => s > after && s <= seq));
}

/** Waits until `probe` is true (polling every 10 ms). */
export async function until(
  probe: () => boolean,
  timeoutMs = 5_000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`${what} not reached within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
