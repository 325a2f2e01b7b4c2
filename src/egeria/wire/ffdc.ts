/**
 * Fields every Egeria 5.3 and 6.x response may carry: `relatedHTTPCode` always, the FFDC fields
 * when a call failed (6.x adds `requestId`, `exceptionSubclassName` and, from 6.2, `exceptionURL`),
 * and the small result beans most writes answer with. Keys Egeria leaves out mean null (Jackson
 * NON_NULL), so every field is optional.
 */
import { z } from 'zod';
import { optionalStrings } from './fields';

const anyMap = z.record(z.string(), z.unknown());

export const ffdcShape = {
  class: z.string().optional(),
  requestId: z.string().optional(),
  relatedHTTPCode: z.number().int().optional(),
  ...optionalStrings(
    'exceptionClassName',
    'exceptionSubclassName',
    'exceptionCausedBy',
    'actionDescription',
    'exceptionErrorMessage',
    'exceptionErrorMessageId',
  ),
  exceptionErrorMessageParameters: z.array(z.string()).optional(),
  ...optionalStrings('exceptionSystemAction', 'exceptionUserAction', 'exceptionURL'),
  exceptionProperties: anyMap.optional(),
};
export const FfdcResponseSchema = z.object(ffdcShape);
export type FfdcResponse = z.infer<typeof FfdcResponseSchema>;

export const VoidResponseSchema = FfdcResponseSchema;
/** 5.3's open-metadata-store answers some creates with a GUIDResponse that has no `guid`. */
export const GUIDResponseSchema = z.object({ ...ffdcShape, guid: z.string().optional() });
export const GUIDListResponseSchema = z.object({
  ...ffdcShape,
  guids: z.array(z.string()).optional(),
});
export const BooleanResponseSchema = z.object({ ...ffdcShape, flag: z.boolean().optional() });
export const PropertiesResponseSchema = z.object({ ...ffdcShape, properties: anyMap.optional() });
