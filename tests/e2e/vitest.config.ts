import { defineConfig } from 'vitest/config';

/** Real-Chromium tests of the built extension (`npm run build` first). */
export default defineConfig({
  resolve: { alias: { '@': new URL('../..', import.meta.url).pathname } },
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    fileParallelism: false,
    // Generous limits: the suite shares its machine with other work. Tests wait for
    // conditions, so a fast machine never waits the full time.
    testTimeout: 120_000,
    hookTimeout: 90_000,
    expect: { poll: { timeout: 30_000, interval: 100 } },
  },
});
