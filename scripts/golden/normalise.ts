/**
 * `npx tsx scripts/golden/normalise.ts <from-dir> <to-dir>`: copies responses captured from a real
 * Egeria platform into committed goldens with GUIDs and times normalised and nothing else edited.
 * GUIDs (with 5.3's type prefix kept) become stable placeholders in order of first appearance;
 * ISO times become consecutive seconds from 2026-01-01, so their order survives. Platform folders
 * are shown as /opt/egeria/platform already by the capture.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const GUID = /\b([A-Za-z]+-)?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/g;
const TIME = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(\+00:00|Z)\b/g;

export function normalise(text: string): string {
  const guids = new Map<string, string>();
  const times = new Map<string, string>();
  const base = Date.parse('2026-01-01T00:00:00.000Z');
  return text
    .replace(GUID, (_all, prefix: string | undefined, guid: string) => {
      const known =
        guids.get(guid) ?? `00000000-0000-4000-8000-${String(guids.size + 1).padStart(12, '0')}`;
      guids.set(guid, known);
      return `${prefix ?? ''}${known}`;
    })
    .replace(TIME, (time) => {
      const known = times.get(time);
      if (known) return known;
      const iso = new Date(base + times.size * 1000).toISOString();
      const replaced = time.endsWith('Z') ? iso : iso.replace('Z', '+00:00');
      times.set(time, replaced);
      return replaced;
    });
}

if (process.argv[1]?.endsWith('normalise.ts')) {
  const [from, to] = process.argv.slice(2);
  if (!from || !to) {
    console.error('usage: normalise.ts <from-dir> <to-dir>');
    process.exit(2);
  }
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    if (!/\.(json|txt)$/.test(name)) continue;
    writeFileSync(join(to, name), normalise(readFileSync(join(from, name), 'utf8')));
  }
}
