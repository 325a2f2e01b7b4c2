/** A backend of the capture's dialect answered by the capture (see replayFetch). */
import type { EgeriaBackend } from '../backend';
import { createV5Backend } from '../v5/backend-v5';
import { createV6Backend } from '../v6/backend-v6';
import { replayFetch, type Exchange, type ScenarioCapture } from './scenario-capture';

export function replayBackend(
  capture: ScenarioCapture,
  base: string,
): { backend: EgeriaBackend; unused: () => Exchange[] } {
  const { fetch, unused } = replayFetch(capture, base);
  const backend =
    capture.meta.dialect === 'v6'
      ? createV6Backend({ baseUrl: base, viewServer: capture.meta.viewServer, fetch })
      : createV5Backend({
          baseUrl: base,
          userId: capture.meta.userId,
          metadataServer: capture.meta.metadataServer,
          fetch,
        });
  return { backend, unused };
}
