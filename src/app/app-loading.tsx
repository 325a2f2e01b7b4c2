import { PageSkeleton } from '../components/skeleton';

/** Shown while the first route's data loads on a full page load. */
export function AppLoading() {
  return (
    <div className="p-6">
      <PageSkeleton label="Loading the Egeria Integration Console…" />
    </div>
  );
}
