/**
 * Zod issues as contributor problems. Messages come from the schemas themselves (each field says how to fix
 * it); where a schema has none, the error map below writes one from the issue's structured data (its code,
 * what was expected, what was found), never by reading Zod's English wording. Lines come from the YAML.
 */
import type { z } from 'zod';
import { venues } from '../../schemas/vocabularies.ts';
import { matchVenue } from './venue-match.ts';
import type { Problem } from './problem.ts';
import { keyLine, lineOf, type Located } from './yaml.ts';

/** "a list", "a block of fields", or the value itself: what the contributor wrote. */
function describeFound(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'a block of fields';
  if (value === null) return 'nothing';
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
      return `expected ${EXPECTED[issue.expected] ?? issue.expected}, found ${describeFound(issue.input)}`;
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

/** For a value outside a vocabulary, the allowed value the contributor probably meant. */
function suggestion(
  field: string | number | undefined,
  input: unknown,
  allowed: readonly unknown[],
): string | undefined {
  if (typeof input !== 'string') return undefined;
  if (field === 'venue') return matchVenue(input, venues);
  const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  return allowed.find((v): v is string => typeof v === 'string' && key(v) === key(input));
}

/** The describe() text of a top-level field, to show what a missing field should look like. */
function fieldHelp(schema: z.ZodObject, field: string | number | undefined): string {
  if (typeof field !== 'string') return '';
  const d = (schema.shape as Record<string, z.ZodType>)[field]?.description;
  return d ? ` (${d})` : '';
}

/** The keys allowed in the object at `path` (top level or one level down, e.g. links). */
function allowedKeys(schema: z.ZodObject, path: readonly (string | number)[]): string[] {
  if (path.length === 0) return Object.keys(schema.shape);
  const inner = (schema.shape as Record<string, z.ZodType>)[String(path[0])] as unknown as {
    shape?: object;
    unwrap?: () => { shape?: object };
  };
  return Object.keys(inner?.shape ?? inner?.unwrap?.().shape ?? {});
}

/** Validate parsed YAML against a schema; problems carry file lines. */
export function schemaProblems<S extends z.ZodObject>(
  file: string,
  loc: Located,
  schema: S,
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
          message: `required field is missing; add it${fieldHelp(schema, path[0])}`,
        },
      ];
    }
    let message = issue.message;
    if (issue.code === 'invalid_value') {
      const top = path[0];
      const guess = suggestion(top, loc.doc.getIn(path), issue.values);
      const next = typeof top === 'string' ? VOCABULARY_NEXT_STEP[top] : undefined;
      message = [message, next, guess ? `Did you mean "${guess}"?` : ''].filter(Boolean).join(' ');
    } else if (
      issue.code === 'invalid_type' &&
      message === contributorErrorMap(issue as unknown as Parameters<typeof contributorErrorMap>[0])
    ) {
      // The schema had no message of its own: show what the field should look like.
      message += fieldHelp(schema, path[0]);
    }
    return [{ file, line: lineOf(loc, path), field, message }];
  });
  return { problems };
}
