/**
 * Zod issues as contributor problems. Messages come from the schemas themselves (each field says how to fix
 * it); where a schema has none, the error map below writes one from the issue's structured data (its code,
 * what was expected, what was found), never by reading Zod's English wording. Lines come from the YAML.
 */
import { z } from 'zod';
import type { Problem } from './problem.ts';
import { keyLine, lineOf, type Located } from './yaml.ts';

/** "a list", "a block of fields", or the value itself: what the contributor wrote. */
function describeFound(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'a block of fields';
  if (value === null) return 'nothing';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value} (a yes/no value)`;
  return `"${String(value)}"`;
}

const EXPECTED: Record<string, string> = {
  array: 'a YAML list (lines starting with "- ")',
  number: 'a number',
  string: 'text',
  object: 'a block of fields',
  boolean: 'true or false',
};

/**
 * The error map for entry parsing: used only where the schema gives no message of its own (Zod gives
 * schema-level messages precedence over a per-parse map).
 */
export const contributorErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'required field is missing; add it';
      if (issue.expected === 'object') {
        return `found ${describeFound(issue.input)}; write it as a block: the field name on its own line, then one indented "name: value" line per sub-field`;
      }
      // A number or yes/no where text belongs: the file left the value unquoted (title: 1984, short: 2024, true).
      const quote =
        issue.expected === 'string' && (typeof issue.input === 'number' || typeof issue.input === 'boolean')
          ? `; put it in double quotes to make it text: "${String(issue.input)}"`
          : '';
      return `expected ${EXPECTED[issue.expected] ?? issue.expected}, found ${describeFound(issue.input)}${quote}`;
    }
    case 'too_small':
      if (issue.origin === 'string') return 'this is empty; write the text or remove the line';
      if (issue.origin === 'array') return `list at least ${issue.minimum} value(s), or remove the field`;
      return `must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `longer than ${issue.maximum} characters; shorten it`;
      if (issue.origin === 'array') return `at most ${issue.maximum} values`;
      return `must be at most ${issue.maximum}`;
    case 'invalid_value':
      return `use one of: ${issue.values.map((v) => String(v)).join(', ')}`;
    default:
      return undefined;
  }
};

/** What to do next when a value is outside a vocabulary, beyond the list of allowed values. */
const VOCABULARY_NEXT_STEP: Record<string, string> = {
  venue: 'See "Adding a venue" in CONTRIBUTING.md.',
  categories: "What each category means: CONTRIBUTING.md; a new category is the maintainers' decision (open an issue).",
};

/** A guess at the value meant, for the fields whose own matching knows better than spelling (the venue). */
export type Guesses = Partial<Record<string, (input: string) => string | undefined>>;

/** For a value outside a vocabulary, the allowed value the contributor probably meant. */
function suggestion(
  field: string | number | undefined,
  input: unknown,
  allowed: readonly unknown[],
  guesses: Guesses,
): string | undefined {
  if (typeof input !== 'string') return undefined;
  const guess = typeof field === 'string' ? guesses[field] : undefined;
  if (guess) return guess(input);
  const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  return allowed.find((v): v is string => typeof v === 'string' && key(v) === key(input));
}

/** The object schema at a path of a value (through lists and optional fields), if there is one. */
function objectAt(schema: z.ZodType, path: readonly (string | number)[]): z.ZodObject | undefined {
  let at: unknown = schema;
  for (const step of path) {
    while (at instanceof z.ZodOptional || at instanceof z.ZodNullable || at instanceof z.ZodDefault) at = at.unwrap();
    if (at instanceof z.ZodArray && typeof step === 'number') at = at.element;
    else if (at instanceof z.ZodObject && typeof step === 'string') at = (at.shape as Record<string, z.ZodType>)[step];
    else return undefined;
  }
  while (at instanceof z.ZodOptional || at instanceof z.ZodNullable || at instanceof z.ZodDefault) at = at.unwrap();
  return at instanceof z.ZodObject ? at : undefined;
}

/**
 * The describe() text of the field a path is in (its first named step, e.g. "links" of links.code, "aliases" of
 * [3].aliases[1]), to show what a missing field should look like.
 */
function fieldHelp(schema: z.ZodType, path: readonly (string | number)[]): string {
  const k = path.findIndex((p) => typeof p === 'string');
  if (k < 0) return '';
  const d = (objectAt(schema, path.slice(0, k))?.shape as Record<string, z.ZodType> | undefined)?.[path[k] as string]
    ?.description;
  return d ? ` (${d})` : '';
}

/** The keys allowed in the object at `path`. */
function allowedKeys(schema: z.ZodType, path: readonly (string | number)[]): string[] {
  return Object.keys(objectAt(schema, path)?.shape ?? {});
}

/**
 * Validate parsed YAML against a schema; problems carry file lines. `guesses`: per top-level field, how to find
 * the value meant when one is outside its vocabulary (entries pass the venue matcher).
 */
export function schemaProblems<S extends z.ZodType>(
  file: string,
  loc: Located,
  schema: S,
  guesses: Guesses = {},
): { data?: z.infer<S>; problems: Problem[] } {
  const result = schema.safeParse(loc.doc.toJS(), { error: contributorErrorMap });
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.flatMap((issue): Problem[] => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const field = path.join('.') || '(entry)';
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        line: keyLine(loc, path, key),
        field: [...path, key].join('.'),
        message: `unknown field "${key}"; check its spelling or remove it. Allowed here: ${allowedKeys(schema, path).join(', ')}`,
      }));
    }
    // A required field that is absent fails as a wrong type or, for a vocabulary, as a wrong value.
    if (path.length > 0 && (issue.code === 'invalid_type' || issue.code === 'invalid_value') && !loc.doc.hasIn(path)) {
      return [
        {
          file,
          line: lineOf(loc, path.slice(0, -1)),
          field,
          message: `required field is missing; add it${fieldHelp(schema, path)}`,
        },
      ];
    }
    let message = issue.message;
    if (issue.code === 'invalid_value') {
      const top = path[0];
      const guess = suggestion(top, loc.doc.getIn(path), issue.values, guesses);
      const next = typeof top === 'string' ? VOCABULARY_NEXT_STEP[top] : undefined;
      message = [message, next, guess ? `Did you mean "${guess}"?` : ''].filter(Boolean).join(' ');
    } else if (
      issue.code === 'invalid_type' &&
      message === contributorErrorMap(issue as unknown as Parameters<typeof contributorErrorMap>[0])
    ) {
      // The schema had no message of its own: show what the field should look like.
      message += fieldHelp(schema, path);
    }
    return [{ file, line: lineOf(loc, path), field, message }];
  });
  return { problems };
}
