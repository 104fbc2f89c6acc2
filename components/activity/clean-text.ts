/** Longest server text shown in one row; longer text is cut with an ellipsis. */
export const MAX_DISPLAY_CHARS = 200;

// C0 and C1 controls, and the Unicode bidi embeddings, overrides and isolates
// (U+202A–U+202E, U+2066–U+2069) that can reorder amount-like text.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Server text made safe to show as text: controls and bidi overrides removed, runs of
 * whitespace collapsed, and the result cut to `max` characters (code points, so an
 * emoji is never split). React renders it as text; this only keeps it readable and
 * honest. Never throws.
 */
export function cleanText(raw: string, max: number = MAX_DISPLAY_CHARS): string {
  const text = raw.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}
