#!/usr/bin/env node
// Builds the console only when its sources changed since the last build: `npm start` then starts
// in a second instead of rebuilding every time. The sources are named by a content hash (not
// file times, which a checkout or a copy changes) of src/ (tests aside), public/, index.html, the
// build configs and package-lock.json, kept in dist/.build-hash by every build.
//   node scripts/build-if-changed.mjs           build when needed
//   node scripts/build-if-changed.mjs --stamp   only record the sources as built (after `npm run build`)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const STAMP = 'dist/.build-hash';
const OUTPUTS = ['dist/client/index.html', 'dist/server/main.js'];
const DIRECTORIES = ['src', 'public'];
const FILES = [
  'index.html',
  'package.json',
  'package-lock.json',
  'vite.config.ts',
  'tsconfig.json',
  'tsconfig.base.json',
  'tsconfig.app.json',
  'tsconfig.node.json',
];
// Tests are not part of the build.
const IGNORED = /\.test\.tsx?$/;

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && !IGNORED.test(entry.name))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

/** One hash of every path and content the build reads, in a stable order. */
export function sourceHash() {
  const hash = createHash('sha256');
  const paths = [...DIRECTORIES.flatMap(filesUnder), ...FILES.filter((f) => existsSync(f))].sort();
  for (const path of paths) {
    hash.update(path).update('\0').update(readFileSync(path)).update('\0');
  }
  return hash.digest('hex');
}

const read = (path) => (existsSync(path) ? readFileSync(path, 'utf8').trim() : '');

const hash = sourceHash();
if (process.argv.includes('--stamp')) {
  writeFileSync(STAMP, `${hash}\n`);
} else if (read(STAMP) === hash && OUTPUTS.every((f) => existsSync(f))) {
  console.log('Build is up to date (no source changed since the last build): not rebuilding.');
} else {
  console.log('Building the console (sources changed since the last build)…');
  const started = Date.now();
  const result = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  // The hash of the sources as they were when the build began: an edit made meanwhile rebuilds.
  writeFileSync(STAMP, `${hash}\n`);
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
