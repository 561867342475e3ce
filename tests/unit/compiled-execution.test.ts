import 'reflect-metadata';
import {
  GraphQLBoolean,
  GraphQLInputObjectType,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  getOperationAST,
  parse,
  type ExecutionResult,
} from 'graphql';
import { compiledExecutionGateway } from '../../src/shared/compiled-execution';

/**
 * The compiled path (src/shared/compiled-execution.ts) must answer as graphql-js does; graphql-jit alone does not for
 * an input object given in a variable: it drops the defaults of the fields the client left out.
 */
const EchoInput = new GraphQLInputObjectType({
  name: 'EchoInput',
  fields: {
    flag: { type: new GraphQLNonNull(GraphQLBoolean), defaultValue: false },
    name: { type: GraphQLString, defaultValue: 'unnamed' },
  },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      echo: {
        type: GraphQLString,
        args: { input: { type: new GraphQLNonNull(EchoInput) } },
        resolve: (_root, args: { input: unknown }) => JSON.stringify(args.input),
      },
    },
  }),
});

async function runner() {
  const gateway = compiledExecutionGateway(schema);
  const { executor } = await gateway.load({ apollo: {} });
  const query = 'query Echo($input: EchoInput!) { echo(input: $input) }';
  const document = parse(query);
  const run = (variables: Record<string, unknown>) =>
    executor!({
      document,
      operation: getOperationAST(document, 'Echo'),
      request: { query, variables, operationName: 'Echo' },
      queryHash: 'echo',
      context: {},
    } as unknown as Parameters<NonNullable<typeof executor>>[0]) as Promise<ExecutionResult>;
  return { run, counts: gateway.counts };
}

test('an input object in a variable gets its fields’ defaults, compiled as interpreted', async () => {
  const { run, counts } = await runner();
  const answers = [];
  for (let i = 0; i < 3; i++) answers.push(await run({ input: { name: 'given' } }));
  expect(counts).toEqual({ interpreted: 1, compiled: 2 });
  for (const answer of answers) expect(answer).toEqual({ data: { echo: '{"flag":false,"name":"given"}' } });
  expect(await run({ input: {} })).toEqual({ data: { echo: '{"flag":false,"name":"unnamed"}' } });
});

test('a bad variable gets graphql-js’s own error on the compiled path too', async () => {
  const { run, counts } = await runner();
  await run({ input: {} });
  await run({ input: {} });
  expect(counts.compiled).toBe(1);
  const refused = await run({ input: { flag: 'yes' } });
  expect(refused.data).toBeUndefined();
  expect(refused.errors![0].message).toContain('$input');
});
