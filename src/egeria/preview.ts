/**
 * Save previews for every dialect: the write runs for real against the platform, reads included,
 * with each changing call recorded (secrets masked) and answered by a stand-in instead of being
 * sent. The preview is the exact sequence of requests the write would make now; GUIDs the platform
 * would hand out appear as `NEW-GUID-n`.
 */
import {
  performWrite,
  type EgeriaBackend,
  type RequestPreview,
  type WriteRequest,
} from './backend';
import { maskSecrets } from './secrets';
import type { WriteCall } from './transport';

export async function previewByDryRun(
  backendWith: (dryRun: (call: WriteCall) => unknown) => EgeriaBackend,
  request: WriteRequest,
): Promise<RequestPreview[]> {
  const recorded: RequestPreview[] = [];
  const backend = backendWith((call) => {
    recorded.push(call.body === undefined ? call : { ...call, body: maskSecrets(call.body) });
    // Satisfies every write's answer: void, GUID and boolean responses.
    return {
      class: 'GUIDResponse',
      relatedHTTPCode: 200,
      guid: `NEW-GUID-${recorded.length}`,
      flag: true,
    };
  });
  await performWrite(backend, request);
  return recorded;
}
