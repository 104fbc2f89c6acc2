import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'wxt';
import { siteMatches } from './lib/content/site-matches';

const API_ORIGIN = 'https://api.agentpmt.com';

/**
 * The sandbox build (`--mode sandbox`, used by `npm start`) talks to the local
 * sandbox instead of AgentPMT. Its origins come from `.env.sandbox`; the
 * production build never sees them.
 */
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  // The sources archive for Firefox's reviewers: what builds the add-on, without pictures.
  zip: { excludeSources: ['artifacts/**', 'docs/**'] },
  vite: () => ({ plugins: [tailwindcss()] }),
  hooks: {
    // WXT titles the toolbar button after popup.html's <title>; the name follows the browser's language.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.action) manifest.action.default_title = manifest.name;
    },
  },
  manifest: ({ mode, browser }) => {
    const sandbox = mode === 'sandbox';
    const apiOrigins = [API_ORIGIN, ...(sandbox ? [String(process.env.WXT_API_ORIGIN)] : [])];
    return {
      // Name and description come from public/_locales, so they follow the browser's language.
      name: sandbox ? 'AgentPMT Credits (sandbox)' : '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      permissions: ['storage', 'alarms', 'notifications'],
      host_permissions: apiOrigins.map((origin) => `${origin}/*`),
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
        extension_pages: `default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; img-src 'self' data:; style-src 'self'; connect-src ${apiOrigins.join(' ')}`,
      },
      ...(browser === 'firefox' && {
        browser_specific_settings: {
          gecko: {
            id: 'credits@agentpmt-extension',
            // The first versions that know data_collection_permissions.
            strict_min_version: '140.0',
            data_collection_permissions: { required: ['none'] },
          },
          gecko_android: { strict_min_version: '142.0' },
        },
      }),
    };
  },
});
