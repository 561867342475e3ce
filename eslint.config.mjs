import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'coverage/',
      'node_modules/',
      'neo4j-local/',
      '.data/',
      'eslint.config.mjs',
      'jest.config.js',
      'tests/helpers/summary-reporter.js',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // TypeGraphQL resolver methods return loader promises without awaiting them.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Tests parse JSON responses and fixtures; their assertions check the shapes.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/config.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through src/config.ts.' }],
    },
  },
  {
    files: ['src/**/*.resolver.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'neo4j-driver', message: 'Resolvers stay thin: go through a loader or a repository.' }],
          patterns: [{ group: ['**/neo4j/*'], message: 'Resolvers stay thin: go through a loader or a repository.' }],
        },
      ],
    },
  },
);
