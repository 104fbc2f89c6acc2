import tailwindcss from '@tailwindcss/vite';
import { defineConfig, type Entrypoint, type EntrypointGroup } from 'wxt';
import { localeFiles } from './lib/i18n/build-locales';
import { AGENTPMT_SITE_ORIGINS, siteMatches } from './lib/content/site-matches';
import { REACT_AS_PREACT } from './preact-compat';

const API_ORIGIN = 'https://api.agentpmt.com';
const LOCALE_MODULE = /\/lib\/i18n\/(\w+)\/(\w+)\.ts$/;

function localeChunkName({ facadeModuleId }: { facadeModuleId: string | null }): string {
  const [, locale, module] = LOCALE_MODULE.exec(facadeModuleId ?? '') ?? [];
  return locale ? `chunks/strings-${locale}-${module}-[hash].js` : 'chunks/[name]-[hash].js';
}

/**
 * The sandbox build (`--mode sandbox`, used by `npm start`) talks to the local
 * sandbox instead of AgentPMT. Its origins come from `.env.sandbox`; the
 * production build never sees them.
 */
export default defineConfig({
  imports: false,
  // The sources archive for Firefox's reviewers: what builds the add-on, without pictures.
  zip: { excludeSources: ['artifacts/**', 'docs/**'] },
  vite: () => ({
    // Chrome and Firefox support modulepreload; Vite's polyfill for older browsers is dead weight.
    // TanStack Query marks its modules "use client" for React Server Components, which a page has no use for.
    build: {
      modulePreload: { polyfill: false },
      rolldownOptions: { onwarn: (warning, warn) => warning.code === 'MODULE_LEVEL_DIRECTIVE' || warn(warning) },
    },
    resolve: { alias: REACT_AS_PREACT },
    // Each locale's string modules are named for what they hold, so the size checks can
    // count one language's strings (a page loads only its own; see lib/i18n/load-messages.ts).
    plugins: [tailwindcss(), { name: 'locale-chunk-names', outputOptions: (o) => ({ ...o, chunkFileNames: localeChunkName }) }],
  }),
  hooks: {
    // Each page is its own build, so it loads one script (plus its strings) holding only what
    // it uses: chunks shared between pages carried the options page's code and more of zod
    // into the popup. The price is a copy of React per page in the package, not in memory.
    // Builds only: the dev server serves the pages as they are.
    'entrypoints:grouped': (wxt, groups) => {
      if (wxt.config.command !== 'build') return;
      const apart = groups.flatMap((group): EntrypointGroup[] => (Array.isArray(group) ? group.map((entry: Entrypoint) => [entry]) : [group]));
      groups.splice(0, groups.length, ...apart);
    },
    // The browser's message files come from each locale's folder (lib/i18n/<locale>/).
    'build:publicAssets': async (_wxt, files) => {
      files.push(...(await localeFiles()));
    },
    // WXT titles the toolbar button after popup.html's <title>; the name follows the browser's language.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.action) manifest.action.default_title = manifest.name;
    },
  },
  manifest: ({ mode, browser }) => {
    const sandbox = mode === 'sandbox';
    const apiOrigins = [API_ORIGIN, ...(sandbox ? [String(process.env.WXT_API_ORIGIN)] : [])];
    const siteOrigins = [...AGENTPMT_SITE_ORIGINS, ...(sandbox ? [String(process.env.WXT_SITE_ORIGIN)] : [])];
    return {
      // Name and description come from public/_locales, so they follow the browser's language.
      name: sandbox ? 'AgentPMT Credits (sandbox)' : '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      permissions: ['storage', 'alarms', 'notifications'],
      host_permissions: apiOrigins.map((origin) => `${origin}/*`),
      // The navbar widget's content script (entrypoints/agentpmt.ts): top frame only, isolated world.
      content_scripts: [{ matches: siteMatches(sandbox ? process.env.WXT_SITE_ORIGIN : undefined), js: ['agentpmt.js'], run_at: 'document_end', all_frames: false }],
      // Only the navbar widget's page, only to the AgentPMT site (PRM-7); its scripts and styles
      // load from the extension's own origin and need no entry.
      web_accessible_resources: [
        {
          resources: ['widget.html'],
          matches: siteMatches(sandbox ? process.env.WXT_SITE_ORIGIN : undefined),
          use_dynamic_url: true,
        },
      ],
      content_security_policy: {
        // Only our own pages and the AgentPMT site (the widget frame) may frame our pages (PRM-5).
        extension_pages: `default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; img-src 'self' data:; style-src 'self'; connect-src ${apiOrigins.join(' ')}; frame-ancestors 'self' ${siteOrigins.join(' ')}`,
      },
      ...(browser === 'firefox' && {
        browser_specific_settings: {
          gecko: {
            id: 'credits@agentpmt-extension',
            // The first versions that know data_collection_permissions.
            strict_min_version: '140.0',
            // The token is sent to AgentPMT's API: authentication data leaves the device (SEC-9).
            data_collection_permissions: { required: ['authenticationInfo'] },
          },
          gecko_android: { strict_min_version: '142.0' },
        },
      }),
    };
  },
});
