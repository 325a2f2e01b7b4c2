import { describe, expect, it } from 'vitest';
import type { AuditInput } from './audit-store';
import { AuditStore } from './audit-store';
import { toCsv } from './audit-routes';

const entry = (overrides: Partial<AuditInput> = {}): AuditInput => ({
  at: '2030-01-01T10:00:00.000Z',
  user: 'edith',
  userVia: 'users-file',
  role: 'editor',
  platformId: 'coco',
  operation: 'group.update',
  outcome: 'succeeded',
  requestIds: [],
  subjects: [{ kind: 'group', guid: 'g-1', name: 'Coco:Group:One' }],
  args: ['g-1', { qualifiedName: 'Coco:Group:One' }],
  ...overrides,
});

describe('the audit store', () => {
  it('finds an element’s entries by any of its names or its GUID, newest first', () => {
    const store = new AuditStore(':memory:');
    store.record(entry());
    store.record(
      entry({
        operation: 'connector.restart',
        subjects: [{ kind: 'connector', name: 'FilesMonitor' }],
      }),
    );
    store.record(entry({ operation: 'group.delete', outcome: 'failed', messageId: 'X-404-1' }));
    expect(store.forElement('coco', 'group', ['g-1'], 10).map((e) => e.operation)).toEqual([
      'group.delete',
      'group.update',
    ]);
    expect(store.forElement('coco', 'group', ['Coco:Group:One'], 1)).toHaveLength(1);
    expect(store.forElement('coco', 'connector', ['FilesMonitor'], 10)).toHaveLength(1);
    expect(store.forElement('other', 'group', ['g-1'], 10)).toEqual([]);
  });

  it('filters the audit page’s search and pages back by id', () => {
    const store = new AuditStore(':memory:');
    store.record(entry({ at: '2030-01-01T10:00:00.000Z' }));
    store.record(entry({ at: '2030-01-02T10:00:00.000Z', user: 'otto', outcome: 'refused' }));
    store.record(entry({ at: '2030-01-03T10:00:00.000Z', platformId: 'other' }));
    const users = (q: Parameters<AuditStore['search']>[0]) => store.search(q).map((e) => e.user);
    expect(users({ limit: 10, user: 'otto' })).toEqual(['otto']);
    expect(users({ limit: 10, outcome: 'refused' })).toEqual(['otto']);
    expect(store.search({ limit: 10, platforms: ['coco'] })).toHaveLength(2);
    expect(store.search({ limit: 10, platforms: [] })).toEqual([]);
    expect(store.search({ limit: 10, from: '2030-01-02T00:00:00.000Z' })).toHaveLength(2);
    expect(store.search({ limit: 10, to: '2030-01-01T23:00:00.000Z' })).toHaveLength(1);
    expect(store.search({ limit: 10, element: 'Group:O' })).toHaveLength(3);
    expect(store.search({ limit: 10, element: '%' })).toHaveLength(0);
    const [newest] = store.search({ limit: 1 });
    expect(store.search({ limit: 10, before: newest!.id })).toHaveLength(2);
  });

  it('keeps only the newest entries beyond its bound', () => {
    const store = new AuditStore(':memory:', 1_000);
    for (let i = 0; i < 1_250; i++) store.record(entry({ user: `u${i}` }));
    store.trim();
    const all = store.search({ limit: 5_000 });
    expect(all).toHaveLength(1_000);
    expect(all[0]?.user).toBe('u1249');
    expect(all.at(-1)?.user).toBe('u250');
    expect(store.forElement('coco', 'group', ['g-1'], 5_000)).toHaveLength(1_000);
  });

  it('exports CSV that a spreadsheet shows as text, quotes and all', () => {
    const csv = toCsv(
      new AuditStore(':memory:').search({ limit: 1 }).concat([
        {
          id: 7,
          ...entry({
            user: '=HYPERLINK("http://x")',
            message: 'said "no", twice',
          }),
        },
      ]),
    );
    const [header, row] = csv.trimEnd().split('\r\n');
    expect(header).toBe(
      'id,at,user,signedInVia,role,platform,egeriaUser,operation,outcome,messageId,message,requestIds,elements,arguments',
    );
    expect(row).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(row).toContain('"said ""no"", twice"');
    expect(row).toContain('"group:Coco:Group:One:g-1"');
  });
});
