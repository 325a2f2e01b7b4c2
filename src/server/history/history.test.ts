import { afterEach, describe, expect, it } from 'vitest';
import type { ConnectorReport } from '../../egeria/model';
import { HistoryRecorder } from './history-recorder';
import { HistoryStore } from './history-store';
import { connectorReport } from '../../test/connector-report';

const report = (name: string, status: string, extra: Partial<ConnectorReport> = {}) =>
  connectorReport(name, status, {
    connectorInstanceId: 'i1',
    minMinutesBetweenRefresh: 0,
    ...extra,
  });

const stores: HistoryStore[] = [];
function store(options: { perConnector?: number; total?: number } = {}) {
  const s = new HistoryStore({ file: ':memory:', ...options });
  stores.push(s);
  return s;
}
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

describe('history recorder', () => {
  it('records first sightings, failures with their message, recoveries and restarts', () => {
    const s = store();
    const r = new HistoryRecorder(s, 'p', 'd');
    r.observe([report('a', 'RUNNING')], Date.parse('2026-01-01T10:00:00Z'));
    r.observe(
      [
        report('a', 'FAILED', {
          failingExceptionMessage: 'OCF-CONNECTOR-404-001 gone',
          lastStatusChange: '2026-01-01T10:00:03.000Z',
        }),
      ],
      Date.parse('2026-01-01T10:00:05Z'),
    );
    r.observe(
      [
        report('a', 'RUNNING', {
          connectorInstanceId: 'i2',
          lastStatusChange: '2026-01-01T10:01:00.000Z',
        }),
      ],
      Date.parse('2026-01-01T10:01:02Z'),
    );
    r.observe(
      [report('a', 'RUNNING', { connectorInstanceId: 'i3' })],
      Date.parse('2026-01-01T10:02:00Z'),
    );
    const entries = s.list('p', 'd', 'a', 10);
    expect(entries.map((e) => [e.status, e.previousStatus, e.restarted])).toEqual([
      ['RUNNING', 'RUNNING', true],
      ['RUNNING', 'FAILED', true],
      ['FAILED', 'RUNNING', false],
      ['RUNNING', undefined, false],
    ]);
    expect(entries[2]).toMatchObject({
      at: '2026-01-01T10:00:03.000Z',
      observedAt: '2026-01-01T10:00:05.000Z',
      failingExceptionMessage: 'OCF-CONNECTOR-404-001 gone',
    });
  });

  it('ignores refresh cycles and polls where nothing changed', () => {
    const s = store();
    const r = new HistoryRecorder(s, 'p', 'd');
    r.observe([report('a', 'RUNNING')], 1);
    r.observe([report('a', 'REFRESHING')], 2);
    r.observe([report('a', 'RUNNING')], 3);
    r.observe([report('a', 'RUNNING')], 4);
    expect(s.list('p', 'd', 'a', 10)).toHaveLength(1);
  });

  it('continues from what it recorded before the console restarted', () => {
    const s = store();
    new HistoryRecorder(s, 'p', 'd').observe([report('a', 'FAILED')], 1);
    const afterRestart = new HistoryRecorder(s, 'p', 'd');
    afterRestart.observe([report('a', 'FAILED')], 2);
    expect(s.list('p', 'd', 'a', 10)).toHaveLength(1);
    afterRestart.observe([report('a', 'RUNNING', { connectorInstanceId: 'i9' })], 3);
    expect(s.list('p', 'd', 'a', 10).map((e) => e.status)).toEqual(['RUNNING', 'FAILED']);
  });

  it('keeps daemons and platforms apart', () => {
    const s = store();
    new HistoryRecorder(s, 'p', 'd1').observe([report('a', 'FAILED')], 1);
    new HistoryRecorder(s, 'p', 'd2').observe([report('a', 'RUNNING')], 1);
    expect(s.list('p', 'd1', 'a', 10).map((e) => e.status)).toEqual(['FAILED']);
    expect(s.list('q', 'd1', 'a', 10)).toEqual([]);
  });
});

describe('history store bounds', () => {
  it('keeps the newest transitions per connector', () => {
    const s = store({ perConnector: 3 });
    const r = new HistoryRecorder(s, 'p', 'd');
    for (let i = 0; i < 10; i++)
      r.observe([report('a', i % 2 ? 'FAILED' : 'RUNNING'), report('b', 'RUNNING')], i);
    expect(s.list('p', 'd', 'a', 100).map((e) => e.observedAt)).toEqual([
      new Date(9).toISOString(),
      new Date(8).toISOString(),
      new Date(7).toISOString(),
    ]);
    expect(s.list('p', 'd', 'b', 100)).toHaveLength(1);
  });

  it('keeps the newest transitions in all', () => {
    const s = store({ perConnector: 100, total: 5 });
    const r = new HistoryRecorder(s, 'p', 'd');
    r.observe(
      Array.from({ length: 12 }, (_, i) => report(`c${i}`, 'RUNNING')),
      1,
    );
    s.trim();
    expect(s.count()).toBe(5);
    expect(s.list('p', 'd', 'c11', 10)).toHaveLength(1);
    expect(s.list('p', 'd', 'c0', 10)).toHaveLength(0);
  });
});
