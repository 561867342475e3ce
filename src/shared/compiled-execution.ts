import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  execute,
  getVariableValues,
  isAbstractType,
  printSchema,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type GraphQLTypeResolver,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { getMetadataStorage } from 'type-graphql';

/**
 * Executes operations with graphql-jit once they repeat: a document seen for the second time is compiled into a
 * function that resolves its selection directly (no per-field lookups, paths or result maps of the interpreter), which
 * halves graphql-js's share of a large page's Node CPU. The first time, and whenever compiling fails, graphql-js runs
 * it, so a one-off document never pays for a compile. Compiled documents are kept per (query hash, operation name),
 * the least recently used dropped past `capacity`.
 *
 * Variables are coerced by graphql-js first: a bad variable gets graphql-js's own error (and Apollo's 400), as without
 * the compiler, and the compiled function gets graphql-js's values, defaults of input fields included. It plugs in as
 * Apollo Server's gateway executor, the one hook Apollo has for another executor.
 */
type Gateway = ApolloServerOptionsWithGateway<object>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/** How many operations each way ran (for tests and for a look in a debugger). */
export interface ExecutionCounts {
  compiled: number;
  interpreted: number;
}

export function compiledExecutionGateway(schema: GraphQLSchema, capacity = 500): Gateway & { counts: ExecutionCounts } {
  resolveAbstractTypesSynchronously(schema);
  const seen = new Map<string, CompiledQuery | 'once' | 'interpret'>();
  const counts: ExecutionCounts = { compiled: 0, interpreted: 0 };

  const remember = (key: string, value: CompiledQuery | 'once' | 'interpret') => {
    seen.delete(key);
    seen.set(key, value);
    if (seen.size > capacity) seen.delete(seen.keys().next().value as string);
  };

  const compiled = (key: string, document: DocumentNode, operationName: string | undefined): CompiledQuery | null => {
    const known = seen.get(key);
    if (known === undefined) {
      remember(key, 'once');
      return null;
    }
    if (known === 'interpret') return null;
    if (known !== 'once') {
      remember(key, known);
      return known;
    }
    const result = compileQuery(schema, document, operationName);
    remember(key, isCompiledQuery(result) ? result : 'interpret');
    return isCompiledQuery(result) ? result : null;
  };

  const executor: GatewayExecutor = async (requestContext) => {
    const { document, request, queryHash } = requestContext;
    // The name the client sent: Apollo's requestContext.operationName is null when it names no operation of the document.
    const operationName = request.operationName ?? undefined;
    const contextValue = requestContext.context;
    const variables = request.variables ?? {};
    // Apollo resolved it already (undefined when the name names no operation of the document).
    const operation = requestContext.operation;
    const query = operation == null ? null : compiled(`${queryHash}\u0000${operationName ?? ''}`, document, operationName);
    if (operation == null || query === null) {
      counts.interpreted += 1;
      return await execute({ schema, document, contextValue, variableValues: variables, operationName });
    }
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
    if (coerced.errors !== undefined) return { errors: coerced.errors };
    counts.compiled += 1;
    // The coerced values, not the client's: graphql-jit leaves an input field's default out when the input object comes
    // in a variable (a createMembershipReport without `primary` failed). Coercing twice changes nothing: this schema's
    // scalars (the built-ins and PartialDate) parse their own output to itself.
    return (await query.query(undefined, contextValue, coerced.coerced)) as ExecutionResult;
  };

  return {
    counts,
    load: async () => ({ executor }),
    onSchemaLoadOrUpdate: (callback) => {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    stop: async () => undefined,
  };
}

/**
 * TypeGraphQL wraps every union's and interface's `resolveType` in an async function; graphql-jit wants the type at
 * once. Each abstract type that declares one gets a synchronous wrapper around the declared function (all of this
 * schema's are synchronous), mapping a class it returns to its GraphQL type name as TypeGraphQL does.
 */
function resolveAbstractTypesSynchronously(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const nameOfClass = new Map<unknown, string>(storage.objectTypes.map((type) => [type.target, type.name]));
  const declared = new Map<string, (...args: Parameters<GraphQLTypeResolver<unknown, unknown>>) => unknown>();
  for (const union of storage.unions) if (union.resolveType) declared.set(union.name, union.resolveType);
  for (const face of storage.interfaceTypes) if (face.resolveType) declared.set(face.name, face.resolveType);
  for (const type of Object.values(schema.getTypeMap())) {
    const resolve = isAbstractType(type) ? declared.get(type.name) : undefined;
    if (!isAbstractType(type) || resolve === undefined) continue;
    type.resolveType = (...args) => {
      const found = resolve(...args);
      if (typeof found === 'string' || found === undefined || found === null) return found ?? undefined;
      if (typeof found === 'function') return nameOfClass.get(found);
      throw new Error(`resolveType of ${type.name} must answer at once (a class or a type name)`);
    };
  }
}
