/**
 * "Explain this failure": recognises the Egeria message id (or the library text) in a connector's
 * failingExceptionMessage, looks up its meaning and user action, and gives each failure a key so
 * that identical failures across connectors can be grouped.
 */
import {
  EGERIA_MESSAGES,
  TEXT_PATTERNS,
  type MessageEntry,
  type TextPattern,
} from './failure-catalogue';

/** Egeria message ids: upper-case words joined by `-`, then the HTTP code and a number. */
const MESSAGE_ID = /\b([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-\d{3}-\d{3})\b/;
const GUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;

const byId = new Map(EGERIA_MESSAGES.map((m) => [m.id, m]));
const templateRegex = new Map<string, RegExp>();

function regexOf(template: string): RegExp {
  let regex = templateRegex.get(template);
  if (!regex) {
    const source = template
      .split(/(\{\d+\})/)
      .map((part) =>
        /^\{\d+\}$/.test(part) ? '([\\s\\S]*?)' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('');
    regex = new RegExp(`^${source}\\s*$`);
    templateRegex.set(template, regex);
  }
  return regex;
}

/** The inserts of `text` by position, when it is an instance of the template. */
export function templateParameters(template: string, text: string): string[] | undefined {
  const match = regexOf(template).exec(text);
  if (!match) return undefined;
  const order = [...template.matchAll(/\{(\d+)\}/g)].map((m) => Number(m[1]));
  const params: string[] = [];
  order.forEach((index, position) => {
    params[index] = match[position + 1] ?? '';
  });
  return params;
}

export interface FailureExplanation {
  /** The whole message as the daemon reported it. */
  message: string;
  messageId?: string;
  /** The message without its leading id. */
  text: string;
  /** Egeria's catalogue entry for the id, when the console knows it. */
  egeria?: MessageEntry;
  /** The library text the message was recognised as, when it has no known Egeria id. */
  pattern?: TextPattern;
  /** Short heading: the entry's title, else the message id, else "Failure". */
  title: string;
  /** What the failures of one group share ("endpoint unreachable"). */
  cause: string;
  /** The resource the failure is about (endpoint, directory), when known. */
  subject?: string;
  meaning?: string;
  userAction?: string;
  /** Where meaning and user action come from. */
  source?: 'egeria' | 'console';
  /** Equal for two connectors failing the same way. */
  groupKey: string;
}

export interface FailureContext {
  connectorName: string;
  /** Other names of the connector that may appear in its messages (qualified name, connection name). */
  aliases?: readonly (string | undefined)[];
}

/** The message with everything that names this connector replaced, so equal failures compare equal. */
function withoutConnector(text: string, context: FailureContext): string {
  let out = text.replace(GUID, '{guid}');
  const names = [context.connectorName, ...(context.aliases ?? [])]
    .filter((n): n is string => !!n && n.length > 2)
    .sort((a, b) => b.length - a.length);
  for (const name of names) out = out.split(name).join('{connector}');
  return out.replace(/\s+/g, ' ').trim();
}

/** Explains one failing message; never throws, whatever the text. */
export function explainFailure(message: string, context: FailureContext): FailureExplanation {
  const trimmed = message.trim();
  const idMatch = MESSAGE_ID.exec(trimmed);
  const messageId = idMatch?.[1];
  const text =
    messageId && trimmed.startsWith(messageId) ? trimmed.slice(messageId.length).trim() : trimmed;
  const egeria = messageId ? byId.get(messageId) : undefined;

  if (egeria) {
    const params = templateParameters(egeria.template, text);
    const known = {
      message: trimmed,
      messageId,
      text,
      egeria,
      title: egeria.title,
      cause: egeria.cause,
      meaning: egeria.meaning,
      userAction: egeria.userAction,
      source: 'egeria' as const,
    };
    if (params) {
      const shared = params.map((p, i) => (egeria.connectorParams.includes(i) ? '' : p));
      return {
        ...known,
        subject: egeria.subjectParam === undefined ? undefined : params[egeria.subjectParam],
        groupKey: `${egeria.id}\u0000${shared.join('\u0000')}`,
      };
    }
    // A known id whose text is worded differently (another release): still explain it.
    return { ...known, groupKey: `${egeria.id}\u0000${withoutConnector(text, context)}` };
  }

  for (const pattern of TEXT_PATTERNS) {
    const match = pattern.pattern.exec(text);
    if (!match) continue;
    const subject = pattern.subject?.(match);
    return {
      message: trimmed,
      messageId,
      text,
      pattern,
      title: pattern.title,
      cause: pattern.cause,
      subject,
      meaning: pattern.meaning,
      userAction: pattern.userAction,
      source: 'console',
      groupKey: `${pattern.key}\u0000${subject ?? withoutConnector(text, context)}`,
    };
  }

  return {
    message: trimmed,
    messageId,
    text,
    title: messageId ?? 'Failure',
    cause: 'same failure',
    groupKey: `${messageId ?? ''}\u0000${withoutConnector(text, context)}`,
  };
}

/** Connectors failing the same way. */
export interface FailureGroup<T> {
  explanation: FailureExplanation;
  members: T[];
}

/**
 * Groups items by the key of their explanation (items without one are left out), largest group
 * first, then by title; members keep the order given.
 */
export function groupByExplanation<T>(
  items: readonly T[],
  explain: (item: T) => FailureExplanation | undefined,
): FailureGroup<T>[] {
  const groups = new Map<string, FailureGroup<T>>();
  for (const item of items) {
    const explanation = explain(item);
    if (!explanation) continue;
    const group = groups.get(explanation.groupKey);
    if (group) group.members.push(item);
    else groups.set(explanation.groupKey, { explanation, members: [item] });
  }
  return [...groups.values()].sort(
    (a, b) =>
      b.members.length - a.members.length || a.explanation.title.localeCompare(b.explanation.title),
  );
}

/** Groups failing items by identical failure. Items whose message is empty are left out. */
export function groupFailures<T>(
  items: readonly T[],
  describe: (item: T) => { message: string | undefined; context: FailureContext },
): FailureGroup<T>[] {
  return groupByExplanation(items, (item) => {
    const { message, context } = describe(item);
    return message?.trim() ? explainFailure(message, context) : undefined;
  });
}

/** "7 connectors: same endpoint unreachable (coco-events:9092)". */
export function describeFailureGroup(group: FailureGroup<unknown>): string {
  const { cause, subject } = group.explanation;
  const count = group.members.length;
  const who = `${count.toLocaleString()} ${count === 1 ? 'connector' : 'connectors'}`;
  return `${who}: ${count > 1 ? 'same ' : ''}${cause}${subject ? ` (${subject})` : ''}`;
}
