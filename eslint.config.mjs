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
  // Module boundaries (docs/architecture.md#what-may-import-what). Each src/graph/<domain>/ file has a role by its
  // name; a domain reaches another only through the other's types and inputs, and only resolvers use another domain's
  // resolver factories. Within src/graph/<domain>/, "./x" is the same domain and "../<other>/x" another one.
  ...boundaries(),
);

function boundaries() {
  const rule = (...patterns) => ({
    '@typescript-eslint/no-restricted-imports': [
      'error',
      { paths: patterns.flatMap((p) => p.paths ?? []), patterns: patterns.flatMap((p) => p.patterns ?? []) },
    ],
  });
  const deny = (group, message, allowTypeImports = false) => ({ patterns: [{ group, message, allowTypeImports }] });
  const noDriver = (message) => ({ paths: [{ name: 'neo4j-driver', message }], patterns: [{ group: ['**/neo4j/*'], message }] });
  const noResolvers = deny(['**/*.resolver', '**/resolvers'], 'Only the schema builder and other resolvers use resolvers.');
  const noLoaders = deny(['**/*.loaders', '**/loaders'], 'Loaders are reached through the request context (ctx.loaders), not imported.');
  const noContext = deny(['**/context'], 'Only resolvers see the request context.');
  const noServices = deny(['**/*.service'], 'Services are called by resolvers.');
  const noRepositories = deny(['**/*.repository'], 'Repositories are called by their own domain (loaders, services, resolvers).');
  const noOtherRepositories = deny(
    ['../*/*.repository', '../../graph/*/*.repository'],
    "Another domain's repository is its own: go through its types, or a loader in the context.",
  );
  const noOtherServices = deny(['../*/*.service'], "Another domain's service is its own: call it from a resolver of that domain.");
  const noGraph = deny(['**/graph/*/*', '**/graph/*'], 'src/shared and src/neo4j know nothing of the GraphQL domains.');
  const noCuration = deny(['../../curation/*', '!../../curation/sections'], 'The write engine is reached through the curation domain.');
  return [
    {
      // Types and argument classes: other types and inputs (any domain), src/shared, type-graphql and class-validator.
      files: ['src/graph/**/*.type.ts', 'src/graph/**/*.inputs.ts'],
      rules: rule(
        noDriver('Types and inputs describe the schema; they do not read the graph.'),
        noResolvers,
        noLoaders,
        noContext,
        noServices,
        noRepositories,
        noCuration,
      ),
    },
    {
      // Pure assembly: rows in, answers out; no I/O.
      files: ['src/graph/**/*.assemble.ts'],
      rules: rule(
        noDriver('Assembly is pure: the repository reads, the service calls both.'),
        noResolvers,
        noLoaders,
        noContext,
        noServices,
        deny(['./*.repository'], 'Assembly is pure: it takes the row types of its repository, never its reads.', true),
        noOtherRepositories,
      ),
    },
    {
      // Repositories: src/neo4j (the query catalog and reads), src/shared, and types.
      files: ['src/graph/**/*.repository.ts'],
      rules: rule(noResolvers, noLoaders, noContext, noServices, noOtherRepositories),
    },
    {
      // Loaders: their own domain's repository or service; the place loaders they prime are handed to them.
      files: ['src/graph/**/*.loaders.ts'],
      rules: rule(noResolvers, noContext, noOtherServices, noOtherRepositories),
    },
    {
      // Services: their own repository and pure modules; the graph is handed to them.
      files: ['src/graph/**/*.service.ts'],
      rules: rule(noResolvers, noLoaders, noContext, noOtherRepositories, noOtherServices),
    },
    {
      // Resolvers stay thin: no driver, no Cypher; another domain only through its types, inputs and resolver factories.
      files: ['src/graph/**/*.resolver.ts'],
      rules: rule(noDriver('Resolvers stay thin: go through a loader or a repository.'), noLoaders, noOtherRepositories, noOtherServices),
    },
    {
      files: ['src/shared/**/*.ts', 'src/neo4j/**/*.ts'],
      rules: rule(noGraph, deny(['**/curation/*', '**/dataset/*', '**/export/*'], 'src/shared and src/neo4j sit below every feature.')),
    },
  ];
}
