/**
 * Text fields written by contributors: one line of visible text, of a sane length. Refuses control
 * characters (they break XML feeds), bidirectional overrides (they can disguise text) and values made only
 * of invisible characters; each message names the character and says what to do.
 */
import { z } from 'zod';

/** C0/C1 control characters; in one-line fields tabs and line breaks too. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
/** Bidirectional embedding, override and isolate controls, and the implicit marks. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
/** Characters that print nothing: a value of only these (and spaces) looks empty but is not. */
const INVISIBLE = new Set(
  [0xad, 0x34f, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180b, 0x180c, 0x180d, 0x180e, 0x180f]
    .concat([0x200b, 0x200c, 0x200d, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x3164, 0xfeff, 0xffa0])
    .map((c) => String.fromCodePoint(c)),
);
const invisibleOnly = (value: string) => [...value].every((c) => /\s/.test(c) || INVISIBLE.has(c));

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The problem with a piece of contributor text, or undefined when it is fine. */
export function textProblem(value: string, what: string): string | undefined {
  const control = CONTROL.exec(value);
  if (control) {
    const kind =
      control[0] === '\n' || control[0] === '\r' ? 'a line break' : `a control character (${codePoint(control[0])})`;
    return `the ${what} contains ${kind}; write it on one line and retype any character pasted from a PDF`;
  }
  const bidi = BIDI.exec(value);
  if (bidi) {
    return `the ${what} contains an invisible text-direction character (${codePoint(bidi[0])}); retype the text without it`;
  }
  if (invisibleOnly(value)) return `the ${what} is empty or made only of invisible characters; write the text`;
  return undefined;
}

/**
 * A one-line text field of at most `max` characters, trimmed.
 * Example: line('title', 300) accepts "GLoRIA: A Multimodal ..." and refuses "\u202Eevil", "\u200B" or "a\u0007b".
 */
export function line(what: string, max: number) {
  return z
    .string({ error: `the ${what} must be text` })
    .trim()
    .min(1, `the ${what} is empty; write it or remove the line`)
    .max(max, `the ${what} is longer than ${max} characters; shorten it`)
    .superRefine((value, ctx) => {
      if (value === '') return; // reported by min(1)
      const problem = textProblem(value, what);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
}
