// Lint as a guard rail: type-aware TypeScript rules, the rules of hooks, and the layer order of
// the style guide as a check (schema → core/extract/charts → local → store → features → app).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const UI_LIBRARIES = ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'echarts-for-react', 'echarts-for-react/*'];
const noUi = (message) => UI_LIBRARIES.map((name) => ({ name, message }));
// Relative paths only: a package's own subpath (echarts/features) is not a folder of this app.
const layer = (folders, message) => folders.map((f) => ({ regex: `^\\.{1,2}/(.*/)?${f}(/|$)`, message }));

/** A layer may import only layers below it: the paths it may not import, and why. */
function boundary(files, { libraries = [], folders = [], message }) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: libraries
            .flatMap((name) => (UI_LIBRARIES.includes(name) ? noUi(message) : [{ name, message }]))
            .filter((p, i, all) => all.findIndex((q) => q.name === p.name) === i),
          patterns: layer(folders, message),
        },
      ],
    },
  };
}

const UPPER_FOR_DATA = ['store', 'features', 'app', 'ui'];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-extract/**', 'node_modules/**', 'coverage/**', 'tests/conformance/specs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Tests build invalid and partial shapes on purpose (a file with a wrong field, JSON read back from
    // disk) and use Vitest's asymmetric matchers, which are typed any.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/**/*.tsx', 'tests/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  // The layers. Pure data code imports no React, no store and no feature code.
  boundary(['src/schema/**'], {
    libraries: [...UI_LIBRARIES, 'echarts', 'echarts/*'],
    folders: ['core', 'extract', 'charts', 'i18n', ...UPPER_FOR_DATA],
    message: 'src/schema is the contract: it imports nothing from the app above it.',
  }),
  boundary(['src/extract/**'], {
    libraries: [...UI_LIBRARIES, 'echarts', 'echarts/*'],
    folders: ['core', 'charts', ...UPPER_FOR_DATA],
    message: 'src/extract is the Node build step: plain TypeScript over plain data (schema only).',
  }),
  boundary(['src/local/**'], {
    libraries: [...UI_LIBRARIES, 'echarts', 'echarts/*'],
    folders: ['charts', ...UPPER_FOR_DATA],
    message: "src/local reads a reader's own articles with the build step's code in the browser: no React, no store, no feature code.",
  }),
  boundary(['src/core/**', 'src/i18n/**'], {
    libraries: [...UI_LIBRARIES, 'echarts', 'echarts/*'],
    folders: ['extract', 'charts', ...UPPER_FOR_DATA],
    message: 'src/core holds pure derivations: no React, no store, no feature code, no chart library.',
  }),
  boundary(['src/charts/**'], {
    libraries: UI_LIBRARIES,
    folders: ['extract', ...UPPER_FOR_DATA],
    message: 'src/charts builds ECharts options from data: no React, no store, no feature code.',
  }),
  boundary(['src/store/**'], {
    folders: ['extract', 'features', 'app'],
    message: 'src/store holds what the user chose: it imports no feature or app code.',
  }),
  {
    files: ['src/features/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(?!\\.\\.)',
              message: 'A feature imports no other feature: move what both need to core, charts, store or ui.',
            },
            { regex: '(^|/)(app|extract)(/|$)', message: 'Features sit below the app shell and never import the build step.' },
          ],
        },
      ],
    },
  },
);
