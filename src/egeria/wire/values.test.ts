import { describe, expect, it } from 'vitest';
import { pageOf, readWide } from './values';

/** A list of `total` numbers served as Egeria pages, recording each part asked for. */
function server(total: number) {
  const asked: string[] = [];
  let inFlight = 0;
  let mostAtOnce = 0;
  const read = async (part: { startFrom: number; pageSize: number }) => {
    asked.push(`${part.startFrom}+${part.pageSize}`);
    mostAtOnce = Math.max(mostAtOnce, ++inFlight);
    await new Promise((resolve) => setTimeout(resolve, 5));
    inFlight--;
    const items = Array.from(
      { length: Math.max(0, Math.min(part.pageSize, total - part.startFrom)) },
      (_, i) => part.startFrom + i,
    );
    return pageOf(items, part);
  };
  return { read, asked, mostAtOnce: () => mostAtOnce };
}

describe('readWide', () => {
  it('reads a page Egeria would refuse as parts of 1,000, all at once', async () => {
    const platform = server(10_000);
    const page = await readWide({ startFrom: 1200, pageSize: 2500 }, platform.read);
    expect(platform.asked).toEqual(['1200+1000', '2200+1000', '3200+500']);
    expect(platform.mostAtOnce()).toBe(3);
    expect(page.items).toHaveLength(2500);
    expect(page.items[0]).toBe(1200);
    expect(page.items.at(-1)).toBe(3699);
    expect(page).toMatchObject({ startFrom: 1200, pageSize: 2500, mayHaveMore: true });
  });

  it('ends the list at the first part that came back short', async () => {
    const platform = server(1500);
    const page = await readWide({ startFrom: 0, pageSize: 3000 }, platform.read);
    expect(page.items).toHaveLength(1500);
    expect(page.mayHaveMore).toBe(false);
  });

  it('reads a page Egeria serves in one call as it is', async () => {
    const platform = server(5000);
    await readWide({ startFrom: 0, pageSize: 1000 }, platform.read);
    await readWide({ startFrom: 0, pageSize: 0 }, platform.read);
    expect(platform.asked).toEqual(['0+1000', '0+0']);
  });
});
