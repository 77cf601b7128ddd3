// ESLint 9 flat config: typescript-eslint's strictest type-aware presets over the whole project.
// Every rule turned off or tuned below says why, next to it.
import eslint from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'src/model/generated/case-validator.js'] },
  eslint.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // test/helpers/*.mjs and *.cjs are preloads for the spawned binary (node --import and
        // --require run them as plain JS); bin/dossier.js is the binary's entry, CommonJS by bin/package.json.
        // The plain scripts outside tsconfig are a dozen small files: typed linting of each in the
        // default project costs a little time, which is worth the checks (the default limit is 8).
        projectService: {
          allowDefaultProject: ['*.js', 'bin/*.js', 'scripts/*.mjs', 'scripts/*.cjs', 'test/helpers/*.mjs', 'test/helpers/*.cjs'],
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 20,
        },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: globals.node,
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Counts, days and line numbers are interpolated into messages everywhere; they are integers
      // and print as such. Anything else (objects, undefined, null) is still refused.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `(x) => void push(x)` and `() => list.push(x)` one-line callbacks are idiomatic; the rule
      // still catches a void call used as a value anywhere else.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // `const { dropped, ...kept } = row` is how a property is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // The binary's entry is CommonJS, which starts faster than an ES module (bin/dossier.js):
    // require() is how it loads the program; so is the bench's floor (scripts/bench-floor.cjs).
    files: ['bin/*.js', 'scripts/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // These files exist to find, strip or escape raw control characters.
    files: ['src/load/yaml-guards.ts', 'src/render/diagnostics/github.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Tests read parsed JSON output (typed `any` by JSON.parse) and assert its shape with expect:
      // a wrong shape fails the assertion, which is the check these rules would stand in for.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      // `rows[0]!` in a test states the test's premise; if it is wrong the test throws and fails.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Hostile-input tests build strings of raw control characters on purpose.
      'no-control-regex': 'off',
      // Tests split strings into code points on purpose: hostile characters one by one, widths of
      // lines made of single-code-point box-drawing characters.
      '@typescript-eslint/no-misused-spread': 'off',
    },
  },
);
