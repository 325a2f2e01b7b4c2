/**
 * Search strings, the way each release matches them.
 * - 5.3 (OMF MetadataElementHandler.findMetadataElementsWithString): the search string is a Java
 *   regular expression that must match a whole string attribute; without a type name it is first
 *   checked (null → OMAG-COMMON-400-022, bad → 400-028); with a type and no string, everything.
 * - 6.x: the search string is literal text (the repository quotes it, OMRSRepositoryContentValidator
 *   getMiddleRegex): contained in any attribute's value by default, or at its start / end / all of
 *   it with startsWith / endsWith, case-blind unless ignoreCase is false (SearchOptions defaults
 *   ignoreCase true). Only a request without a type name is checked as a regular expression first
 *   (OpenMetadataClientBase): `"*"` there is OMAG-COMMON-400-028, captured 6.1 12d; with a type,
 *   `"*"` finds only values containing `*` (12b). No search string finds everything of the type (12a).
 */
import { errors } from '../ffdc/ffdc-error';
import type { Properties } from '../store/metadata-store';
import { javaRegex, quoteLiteral } from '../wire/java-regex';
import { valueAsString } from '../wire/java-string';

export interface SearchOptions {
  searchString?: string;
  startsWith?: boolean;
  endsWith?: boolean;
  ignoreCase?: boolean;
}

export type Matcher = (properties: Properties) => boolean;

/** OMAG-COMMON 400-022 / 400-028 for a missing or invalid regular expression. */
export function validateSearchString(searchString: string | undefined, methodName: string): void {
  if (searchString === undefined || searchString === '')
    throw errors.nullSearchString('searchString', methodName);
  const compiled = javaRegex(searchString);
  if (!compiled.ok)
    throw errors.invalidSearchString(
      'searchString',
      methodName,
      compiled.exceptionClass,
      compiled.message,
    );
}

/** 5.3: a whole-value regular expression over the string attributes. */
export function fiveRegexMatcher(searchString: string | undefined): Matcher {
  const compiled = javaRegex(searchString ?? '.*');
  // With a type name Egeria does not check the expression first; one that cannot compile finds nothing.
  if (!compiled.ok) return () => false;
  return (properties) =>
    Object.values(properties).some((value) => typeof value === 'string' && compiled.matches(value));
}

/** 6.x: literal text in any attribute (see the module comment). */
export function sixLiteralMatcher(options: SearchOptions): Matcher {
  if (options.searchString === undefined) return () => true;
  const literal = quoteLiteral(options.searchString);
  const source = `^${options.startsWith ? '' : '.*'}${literal}${options.endsWith ? '' : '.*'}$`;
  const regex = new RegExp(source, options.ignoreCase === false ? '' : 'i');
  return (properties) =>
    Object.values(properties).some(
      (value) => value !== undefined && value !== null && regex.test(valueAsString(value)),
    );
}
