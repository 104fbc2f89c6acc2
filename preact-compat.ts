/**
 * The pages are written against React's API and rendered by Preact through `preact/compat`:
 * the same components and libraries (TanStack Query, TanStack Virtual) at a fraction of the
 * bytes and start-up time (react-dom alone was two-thirds of the popup's JS).
 * The build (`wxt.config.ts`) and the unit tests (`vitest.config.ts`) both resolve React's
 * modules to Preact here, so the tests render with what ships.
 */
export const REACT_AS_PREACT = [
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
  { find: /^react(-dom)?$/, replacement: 'preact/compat' },
];
