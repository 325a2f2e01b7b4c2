/**
 * Java regular expressions as Egeria evaluates them: `String.matches` (the whole value must match),
 * `(?i)` for case, `\Q…\E` quoting, and the PatternSyntaxException text Egeria quotes back in
 * OMAG-COMMON-400-028 ("Dangling meta character '*' near index 0\n*\n^", captured 6.1 12d).
 */

export type JavaRegex =
  | { ok: true; matches: (value: string) => boolean }
  | { ok: false; exceptionClass: string; message: string };

const META = /[.*+?^${}()|[\]\\/]/g;

/** Java's `Pattern.quote` equivalent for a JavaScript pattern. */
export function quoteLiteral(text: string): string {
  return text.replace(META, '\\$&');
}

function translate(source: string): { flags: string; body: string } {
  let flags = '';
  let body = source;
  if (body.startsWith('(?i)')) {
    flags = 'i';
    body = body.slice(4);
  }
  body = body.replace(/\\Q([\s\S]*?)(?:\\E|$)/g, (_, literal: string) => quoteLiteral(literal));
  return { flags, body };
}

/** PatternSyntaxException.getMessage(): description, index, the pattern, and a caret under the index. */
function javaMessage(description: string, index: number, pattern: string): string {
  const caret = index >= 0 && index < pattern.length ? `\n${' '.repeat(index)}^` : '';
  return `${description}${index >= 0 ? ` near index ${index}` : ''}\n${pattern}${caret}`;
}

/** The Java description of the first syntax error JavaScript reports, as near as the two agree. */
function describe(pattern: string, jsMessage: string): string {
  const dangling = /(^|[(|])([*+?])/.exec(pattern);
  if (/nothing to repeat/i.test(jsMessage) && dangling) {
    const index = dangling.index + (dangling[1] ?? '').length;
    return javaMessage(`Dangling meta character '${dangling[2]}'`, index, pattern);
  }
  if (/unterminated group/i.test(jsMessage))
    return javaMessage('Unclosed group', pattern.length, pattern);
  if (/unterminated character class/i.test(jsMessage))
    return javaMessage('Unclosed character class', pattern.length - 1, pattern);
  if (/unmatched '\)'/i.test(jsMessage))
    return javaMessage("Unmatched closing ')'", Math.max(0, pattern.indexOf(')') - 1), pattern);
  if (/\\ at end of pattern/i.test(jsMessage))
    return javaMessage('Unexpected internal error', pattern.length, pattern);
  return javaMessage(
    jsMessage.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, ''),
    -1,
    pattern,
  );
}

export function javaRegex(source: string): JavaRegex {
  const { flags, body } = translate(source);
  try {
    const regex = new RegExp(`^(?:${body})$`, flags);
    return { ok: true, matches: (value) => regex.test(value) };
  } catch (error) {
    return {
      ok: false,
      exceptionClass: 'java.util.regex.PatternSyntaxException',
      message: describe(source, error instanceof Error ? error.message : String(error)),
    };
  }
}
