// ESLint (flat config): typescript-eslint's type-aware recommended rules for the .ts files, eslint-plugin-astro's
// recommended rules for the .astro components, browser globals for src/client/ and Node globals elsewhere.
// Formatting is Prettier's job (.prettierrc.json); import rules are dependency-cruiser's (.dependency-cruiser.cjs).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'tmp/', 'test-results/', 'content/', 'public/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    rules: {
      // `const { omitted: _, ...rest } = object` is how the code drops a property from a copy
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['tests/**'],
    rules: {
      // tests parse the JSON, CSV and HTML the build wrote and check its shape with expect(): a type for it would
      // only assert what the test is there to check
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  // browser code: the scripts that Astro bundles for the pages
  { files: ['src/client/**'], languageOptions: { globals: globals.browser } },
  astro.configs.recommended,
  // .astro files and the JS config files are not in the TypeScript program that type-aware rules need
  { files: ['**/*.astro', '**/*.astro/*.ts', '**/*.js', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
);
