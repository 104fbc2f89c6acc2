import { defineConfig } from 'vitest/config';

/** Checks on the built extension (`npm run build` and `build:firefox` first). */
export default defineConfig({
  test: { include: ['tests/build/**/*.test.ts'], environment: 'node' },
});
