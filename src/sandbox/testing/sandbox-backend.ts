/**
 * A started sandbox with the console's own backend for it, in either dialect (6.x signed in as
 * garygeeke), for tests of code that talks to Egeria only through EgeriaBackend.
 */
import type { EgeriaBackend } from '../../egeria/backend';
import { createV5Backend } from '../../egeria/v5/backend-v5';
import { createV6Backend } from '../../egeria/v6/backend-v6';
import { TOKEN_PATH } from '../../egeria/v6/paths';
import type { SeedSpec } from '../seed/apply-seed';
import { startSandbox, type SandboxHandle } from '../sandbox';

export const SANDBOX_PASSWORD = 'secret';

export interface SandboxBackend {
  sandbox: SandboxHandle;
  backend: EgeriaBackend;
  close(): Promise<void>;
}

export async function sandboxToken(url: string, userId: string): Promise<string> {
  const response = await fetch(`${url}${TOKEN_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId, password: SANDBOX_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sandbox sign-in failed: HTTP ${response.status}`);
  return (await response.text()).trim();
}

export async function startSandboxBackend(
  dialect: 'v5' | 'v6',
  seed: SeedSpec = 'empty',
  minuteMs = 600,
): Promise<SandboxBackend> {
  const sandbox = await startSandbox({ seed, minuteMs, dialects: [dialect] });
  let backend: EgeriaBackend;
  if (dialect === 'v6') {
    const token = await sandboxToken(sandbox.url, sandbox.userId);
    backend = createV6Backend({
      baseUrl: sandbox.url,
      viewServer: sandbox.viewServer ?? 'view-server',
      headers: () => ({ authorization: `Bearer ${token}` }),
    });
  } else {
    backend = createV5Backend({
      baseUrl: sandbox.url,
      userId: sandbox.userId,
      metadataServer: sandbox.metadataServer,
    });
  }
  return { sandbox, backend, close: () => sandbox.close() };
}
