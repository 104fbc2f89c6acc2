import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

let configured = false;

/**
 * Sets zod up once per bundle, before any parse: no JIT (its `new Function` probe is
 * forbidden by the extension CSP and reported by web-ext lint as DANGEROUS_EVAL), and
 * English issue messages, which `zod/mini` leaves out and error summaries quote.
 */
export function configureZod(): void {
  if (configured) return;
  configured = true;
  z.config({ jitless: true, ...en() });
}
