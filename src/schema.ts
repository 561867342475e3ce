import 'reflect-metadata';
import { validateOrReject, type ValidationError } from 'class-validator';
import { ArgumentValidationError, buildSchema, getMetadataStorage, type ValidatorFn } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { RoleChecker } from './auth/auth-checker';
import { ARGUMENT_VALIDATION } from './shared/validators';
import { resolvers } from './graph/resolvers';
import { leanFieldResolvers } from './shared/lean-resolvers';

let built: Promise<GraphQLSchema> | undefined;

const VALID_MEMO_SIZE = 1000;
const validArguments = new Set<string>();

/**
 * class-validator on every argument object, as TypeGraphQL does it, but remembering the ones that passed: a nested field
 * such as `partners(first: 10)` is resolved once per parent with the same arguments, and the rules are pure functions of
 * the value. Failures are never remembered, so each one is reported in full.
 */
export const validateArguments: ValidatorFn = async (value, type) => {
  if (value === null || typeof value !== 'object') return;
  const key = `${typeof type === 'function' ? type.name : 'value'}:${JSON.stringify(value)}`;
  if (validArguments.has(key)) return;
  try {
    const items = Array.isArray(value) ? value.filter((item) => item !== null && typeof item === 'object') : [value];
    await Promise.all(items.map((item: object) => validateOrReject(item, ARGUMENT_VALIDATION)));
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
  if (validArguments.size >= VALID_MEMO_SIZE) validArguments.clear();
  validArguments.add(key);
};

/**
 * The code-first schema, built once per process. Fields that are plain properties resolve with graphql-js's default
 * resolver (`simpleResolvers`): no field-level middleware or auth is used, and TypeGraphQL's wrapper would otherwise run
 * for every property of every row. Field resolvers that read only the row and the context are called directly
 * (`leanFieldResolvers`).
 */
export function buildAppSchema(): Promise<GraphQLSchema> {
  for (const objectType of getMetadataStorage().objectTypes) objectType.simpleResolvers ??= true;
  built ??= buildSchema({ resolvers, validateFn: validateArguments, authChecker: RoleChecker })
    .then(leanFieldResolvers)
    .then(describeRootTypes);
  return built;
}

/** TypeGraphQL has no decorator for the root types, so their descriptions are set on the built schema. */
function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) query.description = 'Reads: the records of the NKSS dataset, search over them, and the analytics of the network.';
  if (mutation) mutation.description = 'Writes that curate the dataset; each needs credentials with the role it names (editor or admin).';
  return schema;
}
