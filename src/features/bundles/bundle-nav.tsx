import { NavLink } from 'react-router';
import { bundleExportPath, bundleImportPath } from '../../lib/paths';
import { usePlatform } from '../platforms/platform-context';

const tab =
  'rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-slate-300 ring-inset hover:bg-slate-50 aria-[current=page]:bg-slate-800 aria-[current=page]:text-white';

/** Moves between the two bundle screens. */
export function BundleNav({ current }: { current: 'export' | 'import' }) {
  const { platform } = usePlatform();
  return (
    <nav aria-label="Bundles">
      <ul className="flex gap-2">
        <li>
          <NavLink
            to={bundleExportPath(platform.id)}
            className={tab}
            aria-current={current === 'export' ? 'page' : undefined}
          >
            Export
          </NavLink>
        </li>
        <li>
          <NavLink
            to={bundleImportPath(platform.id)}
            className={tab}
            aria-current={current === 'import' ? 'page' : undefined}
          >
            Import
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
