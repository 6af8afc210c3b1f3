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
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
