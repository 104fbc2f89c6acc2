import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Each probe is one line of code that must fail lint (XSS-1, PRM-4): HTML sinks whether the
 * HTML is a variable or a literal, `srcdoc` frames and listeners for other extensions'
 * messages. Linted as if it were a file of `lib/`, with the project's own configuration.
 */
const PROBES = {
  'innerHTML from a variable': 'export const f = (el: Element, s: string) => { el.innerHTML = s; };',
  'outerHTML from a variable': 'export const f = (el: Element, s: string) => { el.outerHTML = s; };',
  'outerHTML from a literal': "export const f = (el: Element) => { el.outerHTML = '<b>x</b>'; };",
  'insertAdjacentHTML from a variable': "export const f = (el: Element, s: string) => el.insertAdjacentHTML('beforeend', s);",
  'insertAdjacentHTML from a literal': "export const f = (el: Element) => el.insertAdjacentHTML('beforeend', '<b>x</b>');",
  'document.write': 'export const f = (s: string) => document.write(s);',
  'document.writeln': "export const f = () => document.writeln('<b>x</b>');",
  'srcdoc from a variable': 'export const f = (frame: HTMLIFrameElement, s: string) => { frame.srcdoc = s; };',
  'srcdoc from a literal': "export const f = (frame: HTMLIFrameElement) => { frame.srcdoc = '<b>x</b>'; };",
  'setAttribute srcdoc': "export const f = (frame: HTMLIFrameElement, s: string) => frame.setAttribute('srcdoc', s);",
  'chrome onMessageExternal listener': 'export const f = (cb: () => void) => chrome.runtime.onMessageExternal.addListener(cb);',
  'browser onMessageExternal listener': "import { browser } from 'wxt/browser';\nexport const f = (cb: () => void) => browser.runtime.onMessageExternal.addListener(cb);",
  'onConnectExternal listener': 'export const f = (cb: () => void) => chrome.runtime.onConnectExternal.addListener(cb);',
} as const;

describe('lint guards (XSS-1, PRM-4)', () => {
  const eslint = new ESLint({ cwd: ROOT });

  it.each(Object.entries(PROBES))('fails on %s', async (_name, code) => {
    const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, 'lib/lint-probe.ts') });
    const errors = result!.messages.filter((m) => m.severity === 2).map((m) => m.ruleId);

    expect(errors.some((rule) => rule === 'no-restricted-syntax' || rule?.startsWith('no-unsanitized/'))).toBe(true);
  });

  it('passes harmless code, so the guards are not simply failing everything', async () => {
    const code = "export const f = (el: Element, s: string) => { el.textContent = s; el.setAttribute('title', s); };";
    const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, 'lib/lint-probe.ts') });

    expect(result!.messages).toEqual([]);
  });
});
