import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, MAX_DISPLAY_CHARS } from '@/components/activity/clean-text';

/** Any text, weighted towards the characters that must go. */
const textArb = fc.string({
  unit: fc.oneof(fc.constantFrom('\u0000', '\u0007', '\u001b', '\u0085', '\u202a', '\u202e', '\u2066', '\u2069', '\n', ' '), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })),
  maxLength: 400,
});

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('cleanText', () => {
  it.each([
    ['web-search', 'web-search'],
    ['  spaced   out  ', 'spaced out'],
    ['line\nbreak\ttab', 'line break tab'],
    ['amount \u202E001$', 'amount 001$'],
    ['isolate\u2066x\u2069', 'isolate x'],
    ['bell\u0007 c1\u0085', 'bell c1'],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
  ])('cleans %j to %j', (raw, expected) => {
    expect(cleanText(raw)).toBe(expected);
  });

  it('cuts long text to the limit with an ellipsis', () => {
    const actual = cleanText('x'.repeat(100_000));

    expect(actual).toHaveLength(MAX_DISPLAY_CHARS);
    expect(actual.endsWith('…')).toBe(true);
  });

  it('never returns controls or bidi overrides, and never exceeds the limit', () => {
    fc.assert(
      fc.property(textArb, fc.integer({ min: 1, max: 300 }), (raw, max) => {
        const actual = cleanText(raw, max);
        return !UNSAFE.test(actual) && Array.from(actual).length <= max;
      }),
    );
  });

  it('never splits a character made of two code units', () => {
    const actual = cleanText('😀'.repeat(10), 5);

    expect(actual).toBe('😀😀😀😀…');
  });

  it('keeps short clean text unchanged', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9-]( ?[a-z0-9-]){0,50}$/), (raw) => {
        expect(cleanText(raw)).toBe(raw);
      }),
    );
  });
});
