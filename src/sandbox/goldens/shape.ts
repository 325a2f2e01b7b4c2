/**
 * Compares the shape of a sandbox answer with a captured one: the same keys (less those listed as
 * belonging to the captured estate only), the same `class` values, the same nesting and JSON types.
 * Lists compare each sandbox item with the items the capture has of the same kind; maps with
 * free-form keys (configuration properties …) compare only as maps.
 */

export interface ShapeRules {
  /** Keys the capture has that the sandbox may lack, with the reason. */
  mayLack?: Record<string, string>;
  /** Keys the sandbox may have that the capture does not, with the reason. */
  mayAdd?: Record<string, string>;
}

/** Keys whose values are maps keyed by data, not by bean field. */
const FREE_MAPS = new Set([
  'additionalProperties',
  'configurationProperties',
  'securedProperties',
  'templates',
  'templateProperties',
  'arguments',
  'propertyValueMap',
  'propertiesAsStrings',
  'properties@PropertiesResponse',
  'statistics',
  'exceptionProperties',
]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const kindOf = (value: Json): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

/** What makes two list items "of the same kind". */
function discriminator(item: Json): string {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return kindOf(item);
  const o = item as Record<string, Json>;
  const typeName = (holder: Json | undefined): Json | undefined =>
    holder && typeof holder === 'object' && !Array.isArray(holder)
      ? (holder['type'] as Record<string, Json> | undefined)?.['typeName']
      : undefined;
  const name =
    o['classificationName'] ??
    typeName(o) ??
    typeName(o['relationshipHeader']) ??
    typeName(o['elementHeader']);
  return [o['class'], typeof name === 'string' ? name : ''].join('|');
}

export function compareShape(real: Json, mine: Json, rules: ShapeRules = {}, path = '$'): string[] {
  const problems: string[] = [];
  if (kindOf(real) !== kindOf(mine)) return [`${path}: ${kindOf(mine)} where Egeria has ${kindOf(real)}`];
  if (Array.isArray(mine) && mine.length === 0) return [`${path}: an empty list, which Egeria leaves out`];
  if (Array.isArray(real) && Array.isArray(mine)) {
    for (const [index, item] of mine.entries()) {
      const sameKind = real.filter((r) => discriminator(r) === discriminator(item));
      if (sameKind.length === 0) {
        const known = real.map(discriminator).join(', ');
        const allowed = Object.keys(rules.mayAdd ?? {}).some((k) => discriminator(item).includes(k));
        if (!allowed) problems.push(`${path}[${index}]: an item ${discriminator(item)} where Egeria has ${known}`);
        continue;
      }
      problems.push(...compareToUnion(sameKind, item, rules, `${path}[${index}]`));
    }
    return problems;
  }
  if (real !== null && typeof real === 'object' && mine !== null && typeof mine === 'object')
    return compareToUnion([real], mine, rules, path);
  return problems;
}

function compareToUnion(reals: Json[], mine: Json, rules: ShapeRules, path: string): string[] {
  const first = reals[0];
  if (first === undefined) return [];
  if (first === null || typeof first !== 'object' || Array.isArray(first))
    return compareShape(first, mine, rules, path);
  if (mine === null || typeof mine !== 'object' || Array.isArray(mine))
    return [`${path}: ${kindOf(mine)} where Egeria has object`];
  const all = reals as Array<Record<string, Json>>;
  const problems: string[] = [];
  const classes = new Set(all.map((o) => o['class']).filter((c): c is string => typeof c === 'string'));
  if (classes.size > 0 && !classes.has(mine['class'] as string))
    problems.push(`${path}.class: ${JSON.stringify(mine['class'])} where Egeria has ${[...classes].map((c) => JSON.stringify(c)).join(' or ')}`);
  // Compare with the captured items of the same class when the capture mixes several.
  const sameClass = all.filter((o) => o['class'] === mine['class']);
  const objects = sameClass.length > 0 ? sameClass : all;
  const realClass = objects[0]?.['class'];
  const union = new Set(objects.flatMap((o) => Object.keys(o)));
  const required = [...union].filter((k) => objects.every((o) => k in o));
  for (const key of required)
    if (!(key in mine) && !(rules.mayLack && key in rules.mayLack)) problems.push(`${path}.${key}: missing`);
  for (const key of Object.keys(mine)) {
    if (!union.has(key)) {
      if (!(rules.mayAdd && key in rules.mayAdd)) problems.push(`${path}.${key}: not in Egeria's answer`);
      continue;
    }
    const values = objects.flatMap((o) => (o[key] === undefined ? [] : [o[key]]));
    const value = mine[key] ?? null;
    const free = FREE_MAPS.has(key) || FREE_MAPS.has(`${key}@${String(realClass)}`);
    if (free) {
      const kinds = new Set(values.map(kindOf));
      if (!kinds.has(kindOf(value))) problems.push(`${path}.${key}: ${kindOf(value)} where Egeria has ${[...kinds].join('/')}`);
      continue;
    }
    if (values.every((v) => Array.isArray(v))) {
      const items = values.flatMap((v) => v as Json[]);
      problems.push(...compareShape(items, value, rules, `${path}.${key}`));
    } else {
      problems.push(...compareToUnion(values, value, rules, `${path}.${key}`));
    }
  }
  return problems;
}
