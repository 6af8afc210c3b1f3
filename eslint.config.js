// Lints the project's own TypeScript (not the C fixtures and examples it analyses).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // The fixtures and examples are inputs to connectlint, not the project's code.
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'bench/.cache/**',
      'client/out/**',
      'grammar-tests/ts/**',
      'grammar-tests/c/**',
      'examples/**',
      'fuzz/crashes/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The Node front end and the Node checks read TypeScript's and JavaScript's trees:
    // the C model's helpers know C's grammar (`mayFollow` of model/c/ast.ts treated two
    // `switch` cases of a .ts file as one path), so Node code brings its own.
    files: [
      'rules/src/model/node/**/*.ts',
      'rules/src/rules/*-utils/node.ts',
      'rules/src/rules/connect-timeout-utils/**/*.ts',
      'rules/src/rules/error-listener-utils/**/*.ts',
      'rules/src/rules/shared/node-*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/model/c/*', '**/model/c/**'],
              message: "Node code reads TypeScript's trees: use model/node/*, not the C model.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
