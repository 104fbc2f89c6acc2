import * as z from 'zod/mini';

let configured = false;

type RawIssue = z.core.$ZodRawIssue;

function received(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'NaN';
  return typeof input;
}

/**
 * English issue messages in a few words, as error summaries quote them: only the type or
 * limit involved, never the value. zod's full English locale would add 2.7 kB to every
 * bundle that parses, for messages no page shows.
 */
export function issueMessage(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, received ${received(issue.input)}`;
    case 'too_small':
      return `Too small: expected ${issue.origin} to be ${issue.inclusive ? '>=' : '>'}${String(issue.minimum)}`;
    case 'too_big':
      return `Too big: expected ${issue.origin} to be ${issue.inclusive ? '<=' : '<'}${String(issue.maximum)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return `Invalid ${issue.code.replace(/^invalid_/, '').replaceAll('_', ' ')}`;
  }
}

/**
 * Sets zod up once per bundle, before any parse: no JIT (its `new Function` probe is
 * forbidden by the extension CSP and reported by web-ext lint as DANGEROUS_EVAL), and the
 * English issue messages above, which `zod/mini` leaves out and error summaries quote.
 */
export function configureZod(): void {
  if (configured) return;
  configured = true;
  z.config({ jitless: true, localeError: issueMessage });
}
