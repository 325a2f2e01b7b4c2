import { Loading } from '../components/spinner';

/** Shown while the first route's data loads on a full page load. */
export function AppLoading() {
  return (
    <div className="p-6">
      <Loading label="Loading the Egeria Integration Console…" />
    </div>
  );
}
