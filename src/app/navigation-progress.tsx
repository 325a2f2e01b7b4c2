import { useNavigation } from 'react-router';

/**
 * A thin bar at the top of the window while the next page's code or data loads (a slow platform
 * otherwise shows nothing between the click and the new page), with its name for screen readers.
 */
export function NavigationProgress() {
  const navigation = useNavigation();
  if (navigation.state !== 'loading') return null;
  return (
    <div
      role="progressbar"
      aria-label="Loading the page"
      className="nav-progress fixed inset-x-0 top-0 z-50 h-1 overflow-hidden bg-sky-200"
    >
      <div className="nav-progress-bar h-full w-1/3 bg-sky-600" />
    </div>
  );
}
