import { NoPlatforms } from '../features/platforms/unknown-platform';

/** `/` redirects to the first platform; this page shows only when no platform is configured. */
export function HomePage() {
  return <NoPlatforms />;
}
