import { existsSync } from 'node:fs';

const BROWSERS = {
  chromium: {
    env: 'CHROME_PATH',
    paths: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ],
    install: 'Debian/Ubuntu: `sudo apt-get install -y chromium`',
    what: 'a Chromium or Chrome for Testing binary',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'],
    install: 'Debian/Ubuntu: `sudo apt-get install -y firefox-esr`',
    what: 'a Firefox binary (ESR 140 or newer)',
  },
};

function find(name, env) {
  const browser = BROWSERS[name];
  const override = env[browser.env];
  if (override) {
    if (existsSync(override)) return override;
    throw new Error(`${browser.env} is set to ${override}, but there is no file there.`);
  }
  const found = browser.paths.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(`No ${name} found for the browser tests. Install one (${browser.install}) or set ${browser.env} to ${browser.what}.`);
}

/**
 * Path of a Chromium that can load unpacked extensions: `CHROME_PATH`, else the usual
 * install paths. Throws with install instructions when there is none: browser tests
 * never skip silently.
 */
export const findChromium = (env = process.env) => find('chromium', env);

/** Path of a Firefox for the Firefox build's check: `FIREFOX_PATH`, else the usual paths. Throws like `findChromium`. */
export const findFirefox = (env = process.env) => find('firefox', env);
