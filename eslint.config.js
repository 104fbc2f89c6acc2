import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output', '.wxt', 'node_modules', 'artifacts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, 'no-unsanitized': noUnsanitized },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // HTML sinks (XSS-1): Mozilla's rules catch unsanitised input, including `srcdoc`;
      // the selectors below ban the sinks outright, literal HTML included.
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': ['error', {}, { srcdoc: {} }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name=/^(dangerouslySetInnerHTML|srcDoc)$/]", message: 'Render server text as text.' },
        { selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML|srcdoc)$/]', message: 'Render server text as text.' },
        { selector: "CallExpression > MemberExpression.callee[property.name='insertAdjacentHTML']", message: 'Render server text as text.' },
        { selector: "CallExpression > MemberExpression.callee[property.name=/^write(ln)?$/]:matches([object.name='document'], [object.property.name='document'])", message: 'Render server text as text.' },
        { selector: "CallExpression[callee.property.name='setAttribute'][arguments.0.value=/^srcdoc$/i]", message: 'No srcdoc frames.' },
        // No messaging surface for other extensions (PRM-4).
        { selector: 'MemberExpression[property.name=/^on(Message|Connect)External$/]', message: 'No external messaging.' },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Build-time code, run in Node by wxt.config.ts: it imports each registered locale's own
    // modules by path, which no-unsanitized reports as it would a dynamic import in a page.
    files: ['lib/i18n/build-locales.ts'],
    rules: { 'no-unsanitized/method': 'off' },
  },
  {
    files: ['sandbox/**', 'scripts/**', 'tests/**'],
    rules: { 'no-console': 'off' },
  },
);
