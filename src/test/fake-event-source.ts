/**
 * An EventSource for jsdom (which has none): tests install it with `vi.stubGlobal` and then play
 * the console server's part, emitting feed events or failing the stream.
 */
import { act } from '@testing-library/react';

type Listener = (event: Event) => void;

export class FakeEventSource {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static instances: FakeEventSource[] = [];

  readonly url: string;
  readyState = FakeEventSource.CONNECTING;
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(url: string) {
    this.url = url;
    FakeEventSource.instances.push(this);
  }

  /** Streams still open, optionally only those to one URL. */
  static open(url?: string): FakeEventSource[] {
    return FakeEventSource.instances.filter(
      (s) => s.readyState !== FakeEventSource.CLOSED && (url === undefined || s.url === url),
    );
  }

  static reset(): void {
    FakeEventSource.instances = [];
  }

  addEventListener(type: string, listener: Listener): void {
    const set = this.listeners.get(type) ?? new Set();
    set.add(listener);
    this.listeners.set(type, set);
  }

  removeEventListener(type: string, listener: Listener): void {
    this.listeners.get(type)?.delete(listener);
  }

  close(): void {
    this.readyState = FakeEventSource.CLOSED;
  }

  /** Delivers one named event with a JSON body, as the server would. */
  emit(type: string, data: unknown): void {
    this.readyState = FakeEventSource.OPEN;
    const event = new MessageEvent(type, { data: JSON.stringify(data) });
    act(() => {
      for (const listener of this.listeners.get(type) ?? []) listener(event);
    });
  }

  /** The connection drops: `closed` when the server refused it (no automatic reconnection). */
  fail(closed: boolean): void {
    this.readyState = closed ? FakeEventSource.CLOSED : FakeEventSource.CONNECTING;
    act(() => {
      for (const listener of this.listeners.get('error') ?? []) listener(new Event('error'));
    });
  }
}
