#!/usr/bin/env node
// `npm test` step `pyegeria`: Egeria's own Python client (pinned releases from the Python package
// index) judges the embedded sandbox. For each line it finds the Python it needs, makes or reuses a
// virtualenv under .cache/pyegeria, starts a sandbox speaking that release on free loopback ports,
// runs e2e/pyegeria with pytest and stops the sandbox. A missing interpreter is a failure that says
// what to install, never a skip. PYEGERIA_LINES=6.2 (comma-separated) runs a subset;
// PYEGERIA_PYTHON_3_12=/path/to/python names an interpreter the search below does not find.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const suite = join(root, 'e2e/pyegeria');
const cache = join(root, '.cache/pyegeria');

/** pyegeria 5.3 runs on Python 3.11; 6.x asks for 3.12 or later (and below 3.14). */
const LINES = [
  { id: '5.3', python: '3.11', tests: ['test_v5.py'], sandbox: ['--dialect', 'v5'] },
  {
    id: '6.1',
    python: '3.12',
    tests: ['test_v6.py', 'test_v6_metadata.py'],
    sandbox: ['--dialect', 'v6', '--release', '6.1'],
  },
  {
    id: '6.2',
    python: '3.13',
    tests: ['test_v6.py', 'test_v6_metadata.py'],
    sandbox: ['--dialect', 'v6', '--release', '6.2'],
  },
];

const started = Date.now();
const only = process.env.PYEGERIA_LINES?.split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const lines = LINES.filter((line) => !only || only.includes(line.id));
if (lines.length === 0)
  fail(
    `PYEGERIA_LINES=${process.env.PYEGERIA_LINES} names no line (${LINES.map((l) => l.id).join(', ')})`,
  );

const missing = [];
for (const line of lines) {
  line.interpreter = findPython(line.python);
  if (!line.interpreter) missing.push(line);
}
if (missing.length > 0) {
  fail(
    missing
      .map(
        (l) =>
          `pyegeria ${l.id} needs Python ${l.python}, found neither python${l.python} on PATH nor ` +
          `${pyenvRoot()}/versions/${l.python}.*; install it (pyenv install ${l.python}) or set ` +
          `PYEGERIA_PYTHON_${l.python.replace('.', '_')}=/path/to/python${l.python}`,
      )
      .join('\n'),
  );
}

const children = new Set();
process.on('exit', () => children.forEach((child) => child.kill('SIGTERM')));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

// Virtualenvs and sandboxes are independent of each other: make them all at once.
const prepared = await Promise.allSettled(
  lines.map(async (line) => {
    const [venv, sandbox] = await Promise.all([virtualenv(line), startSandbox(line)]);
    Object.assign(line, { venv, sandbox });
  }),
);
const broken = prepared.filter((p) => p.status === 'rejected');
if (broken.length > 0) fail(broken.map((p) => p.reason.message).join('\n'));

// pytest runs of different lines share nothing but the two cores; their output is printed whole.
const results = await Promise.all(lines.map(runSuite));
for (const line of lines) line.sandbox.child.kill('SIGTERM');
let failed = false;
for (const { line, code, output } of results) {
  console.log(
    `\n── pyegeria ${line.pyegeria} on Python ${line.python} against the sandbox as Egeria ${line.id} ──`,
  );
  process.stdout.write(output);
  // pytest's 5 ("no tests ran") is a failure here too: a judge that judged nothing.
  if (code !== 0) {
    failed = true;
    console.error(`✖ line ${line.id}: pytest exit ${code}`);
  }
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (failed) fail(`pyegeria judge failed after ${seconds}s`);
console.log(`\n✔ pyegeria judged ${lines.map((l) => l.id).join(', ')} in ${seconds}s`);

// ------------------------------------------------------------------------------------------------

function fail(message) {
  console.error(`✖ ${message}`);
  process.exit(1);
}

function pyenvRoot() {
  return process.env.PYENV_ROOT ?? join(homedir(), '.pyenv');
}

/** The path of a Python `minor` interpreter (e.g. "3.12"), or undefined. */
function findPython(minor) {
  const named = process.env[`PYEGERIA_PYTHON_${minor.replace('.', '_')}`];
  const candidates = named ? [named] : [`python${minor}`];
  if (!named) {
    const versions = join(pyenvRoot(), 'versions');
    if (existsSync(versions)) {
      for (const v of readdirSync(versions).sort().reverse()) {
        if (v.startsWith(`${minor}.`)) candidates.push(join(versions, v, 'bin', `python${minor}`));
      }
    }
  }
  for (const candidate of candidates) {
    const probe = spawnSync(
      candidate,
      ['-c', 'import sys, venv; print("%d.%d" % sys.version_info[:2])'],
      {
        encoding: 'utf8',
      },
    );
    if (probe.status === 0 && probe.stdout.trim() === minor) return candidate;
  }
  if (named)
    fail(`PYEGERIA_PYTHON_${minor.replace('.', '_')}=${named} is not a working Python ${minor}`);
  return undefined;
}

function run(command, args, options = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      children.delete(child);
      resolvePromise({ code, output });
    });
  });
}

/** A virtualenv holding exactly the line's lock file, reused while the lock and Python are the same. */
async function virtualenv(line) {
  const lock = join(suite, 'requirements', `pyegeria-${line.id}.txt`);
  const text = readFileSync(lock, 'utf8');
  line.pyegeria = /^pyegeria==(\S+)/m.exec(text)?.[1] ?? '?';
  const version = spawnSync(line.interpreter, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const key = createHash('sha256').update(`${version}\n${text}`).digest('hex').slice(0, 12);
  const dir = join(cache, `venv-${line.id}-${key}`);
  const python = join(dir, 'bin', 'python');
  if (existsSync(join(dir, '.complete'))) return python;

  mkdirSync(cache, { recursive: true });
  for (const old of readdirSync(cache)) {
    if (old.startsWith(`venv-${line.id}-`))
      rmSync(join(cache, old), { recursive: true, force: true });
  }
  const made = await run(line.interpreter, ['-m', 'venv', dir]);
  if (made.code !== 0) throw new Error(`python -m venv ${dir} failed:\n${made.output}`);
  // --no-deps: the lock lists everything the client needs; pyegeria's own requirements also pull
  // in notebooks and terminal UIs that the client modules never import.
  const pip = await run(python, [
    '-m',
    'pip',
    'install',
    '--quiet',
    '--disable-pip-version-check',
    '--no-deps',
    '-r',
    lock,
  ]);
  if (pip.code !== 0) throw new Error(`installing ${lock} failed:\n${pip.output}`);
  writeFileSync(join(dir, '.complete'), `${version}\n`);
  return python;
}

/** Starts the sandbox on free ports and reads where it listens and which servers it runs. */
function startSandbox(line) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/sandbox/main.ts',
        '--port',
        '0',
        '--control-port',
        '0',
        '--memory',
        ...line.sandbox,
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    children.add(child);
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`sandbox for ${line.id} did not start in 60 s:\n${output}`)),
      60_000,
    );
    const onData = (data) => {
      output += data;
      if (!/^Data: /m.test(output)) return;
      clearTimeout(timer);
      const field = (re) => re.exec(output)?.[1]?.trim();
      const daemons =
        field(/integration daemons:\s*(.*)/)
          ?.split(',')
          .map((s) => s.trim())
          .filter(Boolean) ?? [];
      const servers = {
        metadataServer: field(/metadata access server:\s*(\S+)/),
        viewServer: field(/view server:\s*(\S+)/),
        daemons,
        release: line.id,
      };
      servers.servers = [servers.metadataServer, servers.viewServer, ...daemons].filter(Boolean);
      resolvePromise({
        child,
        url: field(/Egeria sandbox platform:\s*(\S+)/),
        control: field(/Control API:\s*(\S+?)\/sandbox-control/),
        servers,
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) =>
      reject(new Error(`sandbox for ${line.id} exited (${code}):\n${output}`)),
    );
  });
}

async function runSuite(line) {
  mkdirSync(join(cache, 'root'), { recursive: true });
  const { code, output } = await run(line.venv, ['-m', 'pytest', '--color=no', ...line.tests], {
    cwd: suite,
    env: {
      ...process.env,
      PYEGERIA_JUDGE_LINE: line.id,
      PYEGERIA_JUDGE_URL: line.sandbox.url,
      PYEGERIA_JUDGE_CONTROL_URL: line.sandbox.control,
      PYEGERIA_JUDGE_SERVERS: JSON.stringify(line.sandbox.servers),
      // pyegeria reads a .env and config.json from its root path: give it an empty one.
      PYEGERIA_ROOT_PATH: join(cache, 'root'),
      PYTHONDONTWRITEBYTECODE: '1',
    },
  });
  return { line, code, output };
}
