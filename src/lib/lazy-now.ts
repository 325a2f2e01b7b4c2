import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * React.lazy that renders without suspending once its code is in. A plain lazy component suspends
 * on its first render even when its chunk was fetched beforehand (a fresh import() promise settles
 * a tick later), and React then holds the revealed content back for up to 300 ms (its Suspense
 * fallback throttle): a list whose data and table code had both arrived appeared 0.3 s late. Given
 * a thenable that is already settled, React takes the component in the same render.
 */
export function lazyNow<P extends object>(
  loaded: () => ComponentType<P> | undefined,
  load: () => Promise<ComponentType<P>>,
): LazyExoticComponent<ComponentType<P>> {
  type C = ComponentType<P>;
  return lazy(() => {
    const now = loaded();
    if (!now) return load().then((component) => ({ default: component }));
    const settled = {
      then: (resolve: (module: { default: C }) => void) => resolve({ default: now }),
    };
    return settled as unknown as Promise<{ default: C }>;
  });
}

/** A module imported on demand that keeps itself once in, for lazyNow; a failed import may be retried. */
export function preloadable<M>(importer: () => Promise<M>) {
  let module: M | undefined;
  let loading: Promise<M> | undefined;
  return {
    load: (): Promise<M> =>
      (loading ??= importer().then(
        (m) => (module = m),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
    loaded: (): M | undefined => module,
  };
}
