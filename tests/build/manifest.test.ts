import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME, CHROME_SANDBOX, FIREFOX, readLocaleMessages, readManifest, readTextFiles } from './output';

const SANDBOX = Object.fromEntries(
  readFileSync(resolve(import.meta.dirname, '../../.env.sandbox'), 'utf8')
    .split('\n')
    .filter((line) => /^WXT_\w+=/.test(line))
    .map((line) => line.split('=') as [string, string]),
);

describe('production manifest (Chrome MV3)', () => {
  const manifest = readManifest(CHROME);

  it('asks for exactly the permissions the features use', () => {
    expect(manifest.permissions).toEqual(['storage', 'alarms', 'notifications']);
    expect(manifest.host_permissions).toEqual(['https://api.agentpmt.com/*']);
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('has a name, a description and icons from 16 to 128 px', () => {
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
    expect((manifest.action as { default_title: string }).default_title).toBe('__MSG_extName__');
    expect(Object.keys(manifest.icons as object)).toEqual(['16', '32', '48', '96', '128']);
  });

  it('names and describes itself in English and German', () => {
    const [en, de] = ['en', 'de'].map((locale) => readLocaleMessages(CHROME, locale));

    expect(manifest.default_locale).toBe('en');
    expect(en?.extName).toBe('AgentPMT Credits');
    expect(de?.extName).toBe('AgentPMT Credits');
    expect(en?.extDescription?.length).toBeGreaterThan(20);
    expect(de?.extDescription?.length).toBeGreaterThan(20);
    expect(de?.extDescription).not.toBe(en?.extDescription);
  });

  it('has a tight extension-page CSP', () => {
    const csp = (manifest.content_security_policy as { extension_pages: string }).extension_pages;
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['connect-src']).toEqual(['https://api.agentpmt.com']);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline/);
  });
});

describe('production manifest (Firefox MV3)', () => {
  const manifest = readManifest(FIREFOX);

  it('has a gecko id and asks for the same permissions', () => {
    const gecko = (manifest.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(manifest.manifest_version).toBe(3);
    expect(gecko.id).toBe('credits@agentpmt-extension');
    // The token is sent to AgentPMT's API (SEC-9): authentication data leaves the device.
    expect(gecko.data_collection_permissions).toEqual({ required: ['authenticationInfo'] });
    expect(manifest.permissions).toEqual(['storage', 'alarms', 'notifications']);
    expect(manifest.host_permissions).toEqual(['https://api.agentpmt.com/*']);
  });
});

describe.each([
  ['Chrome', CHROME],
  ['Firefox', FIREFOX],
])('widget exposure (%s)', (_name, dir) => {
  it('lets only our own pages and the AgentPMT site frame the extension pages (PRM-5)', () => {
    const csp = (readManifest(dir).content_security_policy as { extension_pages: string }).extension_pages;
    const frameAncestors = csp.split(';').map((d) => d.trim().split(/\s+/)).find(([name]) => name === 'frame-ancestors');

    expect(frameAncestors).toEqual(['frame-ancestors', "'self'", 'https://www.agentpmt.com', 'https://agentpmt.com']);
  });

  it('exposes only the widget page, only to the AgentPMT site, at a dynamic URL (PRM-7)', () => {
    expect(readManifest(dir).web_accessible_resources).toEqual([
      { resources: ['widget.html'], matches: ['https://www.agentpmt.com/*', 'https://agentpmt.com/*'], use_dynamic_url: true },
    ]);
  });

  it('runs the content script on the AgentPMT site only, in the top frame', () => {
    expect(readManifest(dir).content_scripts).toEqual([
      { matches: ['https://www.agentpmt.com/*', 'https://agentpmt.com/*'], all_frames: false, run_at: 'document_end', js: ['agentpmt.js'] },
    ]);
  });
});

describe.each([
  ['Chrome', CHROME],
  ['Firefox', FIREFOX],
])('production bundles (%s)', (_name, dir) => {
  const files = readTextFiles(dir);

  it('never contain sandbox hosts, the demo token or plain-http origins', () => {
    for (const { file, text } of files) {
      expect.soft(text, file).not.toContain(SANDBOX.WXT_SANDBOX_TOKEN);
      expect.soft(text, file).not.toMatch(/localhost|127\.0\.0\.1|__sandbox/);
      if (file === 'manifest.json') expect.soft(text).not.toContain('http://');
    }
  });

  it('contain no string-evaluated code', () => {
    for (const { file, text } of files.filter((f) => f.file.endsWith('.js'))) {
      expect.soft(text, file).not.toMatch(/\beval\(|new Function\(|set(Timeout|Interval)\(["'`]/);
    }
  });
});

describe('sandbox build', () => {
  it('points at the sandbox, so the checks above would catch a leak', () => {
    const manifest = readManifest(CHROME_SANDBOX);
    expect(manifest.host_permissions).toContain(`${SANDBOX.WXT_API_ORIGIN}/*`);
    const text = readTextFiles(CHROME_SANDBOX).map((f) => f.text).join('\n');
    expect(text).toContain(SANDBOX.WXT_SANDBOX_TOKEN);
  });
});
