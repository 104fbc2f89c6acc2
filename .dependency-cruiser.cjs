/**
 * The import-cycle check (`npm run lint`): no module may import itself through others,
 * type-only imports included. A cycle makes module order matter and hides which of two
 * files owns a concept.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle: move what both files need into one of them or a third.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|\\.output|\\.wxt)/' },
    // Count `import type` too: TypeScript erases it, but the cycle is still in the design.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
