// @ts-check
/**
 * ESLint for every source file: TypeScript (typescript-eslint), Astro components
 * (eslint-plugin-astro), the config files. `npm run lint` fails on any warning
 * (--max-warnings 0), as Starlight's and the Astro docs' CI do.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', 'node_modules/', '.astro/', 'test-results/', 'tests/screenshots/', 'tests/fixtures/', 'bench/results/', 'public/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // One import statement per module.
      'no-duplicate-imports': 'error',
      // `_` marks what is unused on purpose (a destructured field left out, a callback's first argument).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // What runs in the browser.
    files: ['src/scripts/**', 'src/**/*.astro'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
