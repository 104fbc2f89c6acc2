import { defineConfig } from 'vitest/config';

/** Tests of the npm scripts themselves (`npm start`, `npm run zip`), run as a user runs them. */
export default defineConfig({
  resolve: { alias: { '@': new URL('../..', import.meta.url).pathname } },
  test: {
    include: ['tests/scripts/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 240_000,
    expect: { poll: { timeout: 60_000, interval: 200 } },
  },
});
