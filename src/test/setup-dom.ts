import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy*/waitFor wait up to 1 s by default; on a busy 2-core machine a lazily loaded route can take
// longer to appear. This is patience, not a speed check.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => cleanup());
