import * as React from 'react';
import * as ReactDomClient from 'react-dom/client';
import * as jsxRuntime from 'react/jsx-runtime';
import * as compat from 'preact/compat';
import * as compatClient from 'preact/compat/client';
import * as compatJsx from 'preact/compat/jsx-runtime';
import { describe, expect, it } from 'vitest';

/** The unit tests render with what ships: React's modules resolve to Preact here as in the build. */
describe('React in the tests is Preact (preact-compat.ts)', () => {
  it('resolves react, react-dom/client and the JSX runtime to preact/compat', () => {
    expect(React.useState).toBe(compat.useState);
    expect(ReactDomClient.createRoot).toBe(compatClient.createRoot);
    expect(jsxRuntime.jsx).toBe(compatJsx.jsx);
  });
});
