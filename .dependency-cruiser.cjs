// dependency-cruiser: the import rules of the code base, checked by `npm run lint` (depcruise src scripts tests).
// .astro components are not scanned (dependency-cruiser does not parse them); every .ts module is.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'An import cycle: modules that import each other (directly or through others) cannot be read, tested or loaded one at a time. Move what both need into a third module.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'client-no-node-builtins',
      severity: 'error',
      comment: "src/client/ runs in the reader's browser, where Node built-in modules (node:fs, node:path…) do not exist.",
      from: { path: '^src/client/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'client-imports-client-or-packages',
      severity: 'error',
      comment:
        'src/client/ runs in the browser: it imports only other src/client/ modules and npm packages meant for browsers, never build-time code (src/lib, src/markdown…), which may use Node.',
      from: { path: '^src/client/' },
      to: { dependencyTypesNot: ['core'], pathNot: ['^src/client/', '^node_modules/'] },
    },
    {
      name: 'no-imports-from-tests',
      severity: 'error',
      comment: 'The site (src/) and the project scripts (scripts/) must not depend on the test suite: move what they share out of tests/.',
      from: { path: '^(src|scripts)/' },
      to: { path: '^tests/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // type-only imports count too: a cycle of types still ties the modules together
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
