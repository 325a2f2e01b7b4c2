/**
 * JSON text written a slice at a time, giving the event loop back between slices. A real platform
 * composes a large answer (the daemon status of 5,000 connectors is 60 MB) on one of its threads
 * while others answer the small calls that come meanwhile; the sandbox has one thread, and writing
 * such an answer in one go held every other call for a second or more.
 *
 * Values with a `toJSON` method (see `later`) are built when their turn comes, so building the
 * beans is sliced too. The text is what JSON.stringify gives for the same value.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';

/** A part of a bean built only when written (JSON.stringify calls toJSON as well). */
export function later<T>(build: () => T): { toJSON: () => T } {
  return { toJSON: build };
}

/** Containers this deep or deeper are written whole: one report bean is small. */
const WHOLE_BELOW = 6;

export async function jsonInSlices(value: unknown, sliceMs = 10): Promise<string> {
  const parts: string[] = [];
  let sliceStart = performance.now();
  const write = async (item: unknown, depth: number): Promise<void> => {
    if (performance.now() - sliceStart > sliceMs) {
      await nextTurn();
      sliceStart = performance.now();
    }
    const own = hasToJSON(item) ? item.toJSON() : item;
    if (depth >= WHOLE_BELOW || own === null || typeof own !== 'object') {
      parts.push(JSON.stringify(own) ?? 'null');
      return;
    }
    if (Array.isArray(own)) {
      parts.push('[');
      for (let i = 0; i < own.length; i++) {
        if (i > 0) parts.push(',');
        const entry: unknown = own[i];
        // JSON.stringify writes null for array entries it cannot write.
        if (entry === undefined || typeof entry === 'function') parts.push('null');
        else await write(entry, depth + 1);
      }
      parts.push(']');
      return;
    }
    parts.push('{');
    let first = true;
    for (const [key, entry] of Object.entries(own)) {
      // JSON.stringify leaves such fields out.
      if (entry === undefined || typeof entry === 'function' || typeof entry === 'symbol') continue;
      parts.push(first ? '' : ',', JSON.stringify(key), ':');
      first = false;
      await write(entry, depth + 1);
    }
    parts.push('}');
  };
  await write(value, 0);
  return parts.join('');
}

function hasToJSON(value: unknown): value is { toJSON: () => unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  );
}
