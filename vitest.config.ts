import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { REACT_AS_PREACT } from './preact-compat';

export default defineConfig({
  plugins: [WxtVitest()],
  resolve: {
    // Testing Library's ES module build, so that its imports of React go through the aliases.
    alias: [{ find: /^@testing-library\/react$/, replacement: '@testing-library/react/dist/@testing-library/react.esm.js' }, ...REACT_AS_PREACT],
  },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'tests/build/**', 'tests/scripts/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    // Libraries that import React go through the aliases too (see preact-compat.ts).
    server: { deps: { inline: [/@testing-library\/react/, /@tanstack\/react-/] } },
    // Property tests take 1–4 s on a busy 2-core machine; the limit only catches a hang.
    testTimeout: 30_000,
    restoreMocks: true,
    unstubGlobals: true,
    unstubEnvs: true,
  },
});
