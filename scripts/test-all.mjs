#!/usr/bin/env node
// `npm test`: every check CI runs, in order of cost, stopping at the first failure.
// Set TEST_STEPS=lint,unit (comma-separated names) to run a subset.
import { spawnSync } from 'node:child_process';

const steps = [
  ['lint', 'npm run --silent lint'],
  ['typecheck', 'npm run --silent typecheck'],
  ['unit', 'npx vitest run --project unit --project dom'],
  ['contract', 'npx vitest run --project contract'],
  ['pyegeria', 'node scripts/pyegeria-judge.mjs'],
  ['build', 'npm run --silent build'],
  ['bundle', 'node scripts/check-bundle.mjs'],
  ['chromium', 'bash scripts/ensure-chromium.sh'],
  ['browser', 'npx playwright test'],
];
const only = process.env.TEST_STEPS?.split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const timings = [];
for (const [name, command] of steps) {
  if (only && !only.includes(name)) continue;
  console.log(`\n▶ ${name}: ${command}`);
  const started = Date.now();
  const result = spawnSync(command, { shell: true, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  timings.push(`${name} ${seconds}s`);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${result.status ?? result.signal}) after ${seconds}s`);
    console.error(`Timings: ${timings.join(', ')}`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\n✔ all checks passed — ${timings.join(', ')}`);
