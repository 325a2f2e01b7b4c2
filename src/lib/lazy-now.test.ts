import { createElement, lazy, Suspense, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { lazyNow, preloadable } from './lazy-now';

const Table = () => createElement('p', null, 'the table');
const page = (Component: ComponentType) =>
  renderToString(
    createElement(Suspense, { fallback: 'Loading the table…' }, createElement(Component)),
  );

describe('lazyNow', () => {
  it('renders a component whose code is in without suspending, where React.lazy shows its fallback', () => {
    const loaded = Promise.resolve(Table);
    expect(page(lazy(() => loaded.then((t) => ({ default: t }))))).toContain('Loading the table…');
    const html = page(
      lazyNow(
        () => Table,
        () => loaded,
      ),
    );
    expect(html).toContain('the table');
    expect(html).not.toContain('Loading');
  });

  it('waits for the code while it is not in', () => {
    expect(
      page(
        lazyNow(
          () => undefined,
          () => new Promise<typeof Table>(() => {}),
        ),
      ),
    ).toContain('Loading the table…');
  });
});

describe('preloadable', () => {
  it('imports once, keeps the module, and lets a failed import be tried again', async () => {
    let calls = 0;
    let fail = true;
    const module = preloadable(async () => {
      calls++;
      if (fail) throw new Error('chunk failed');
      return { Table };
    });
    await expect(module.load()).rejects.toThrow('chunk failed');
    expect(module.loaded()).toBeUndefined();
    fail = false;
    await Promise.all([module.load(), module.load()]);
    expect(calls).toBe(2);
    expect(module.loaded()?.Table).toBe(Table);
  });
});
