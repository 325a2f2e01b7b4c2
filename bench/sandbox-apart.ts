/**
 * The sandbox in a process of its own, for `bench:graph --sandbox-apart`: a real Egeria platform
 * never runs on the console server's thread, while the embedded sandbox shares it, so its work
 * (writing tens of megabytes at 5,000 connectors) is counted in the console's times.
 */
import { spawn } from 'node:child_process';

export interface SandboxApart {
  /** The console server's environment for this platform. */
  consoleEnv: Record<string, string>;
  stop(): void;
}

export async function startSandboxApart(connectors: number, groups: number): Promise<SandboxApart> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/sandbox/main.ts', '--memory', '--minute-ms', '1000'].concat(
      ['--connectors', String(connectors), '--groups', String(groups)],
      ['--port', '0', '--control-port', '0'],
    ),
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no sandbox within 120 s:\n${output}`)),
      120_000,
    );
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const platform = /Egeria sandbox platform: (\S+)/.exec(output)?.[1];
      if (platform && /ready in/.test(output)) {
        clearTimeout(timer);
        resolve(platform);
      }
    });
    child.on('exit', (code) => reject(new Error(`sandbox exited (${code}):\n${output}`)));
  });
  return {
    consoleEnv: {
      EGERIA_URL: url,
      EGERIA_PLATFORM_ID: 'sandbox',
      EGERIA_DAEMONS: 'integration-daemon',
      EGERIA_METADATA_SERVER: 'active-metadata-store',
    },
    stop: () => child.kill('SIGTERM'),
  };
}
