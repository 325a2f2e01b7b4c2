import { describe, expect, it } from 'vitest';
import { jsonInSlices, later } from './json-in-slices';

describe('jsonInSlices', () => {
  it('writes the text JSON.stringify writes, building deferred parts when written', async () => {
    let built = 0;
    const value = {
      class: 'IntegrationDaemonStatusResponse',
      skipped: undefined,
      fn: () => 1,
      when: new Date(0),
      status: {
        groups: [
          {
            name: 'a "quoted" name',
            reports: [later(() => (built++, { n: 1, deep: { x: [1, { y: [null] }] } }))],
          },
          { name: 'ünïcode \u2028', reports: [undefined, null, 0, false, ''] },
        ],
        empty: [],
        none: {},
      },
    };
    expect(built).toBe(0);
    const text = await jsonInSlices(value);
    expect(built).toBe(1);
    expect(text).toBe(JSON.stringify(value));
    expect(JSON.parse(text).status.groups[0].reports[0]).toMatchObject({ n: 1 });
  });

  it('lets other work run while it writes a large answer', async () => {
    const reports = Array.from({ length: 20_000 }, (_, i) =>
      later(() => ({ connectorName: `c${i}`, padding: 'x'.repeat(200) })),
    );
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 0);
    try {
      const text = await jsonInSlices({ a: { b: { reports } } }, 1);
      expect(JSON.parse(text).a.b.reports).toHaveLength(20_000);
    } finally {
      clearInterval(ticker);
    }
    // Written in one go, no timer could have run until the end.
    expect(ticks).toBeGreaterThan(1);
  });
});
