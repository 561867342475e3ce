import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { resolvers } from './graph/resolvers';

let built: Promise<GraphQLSchema> | undefined;

/** The code-first schema, built once per process; argument classes are validated with class-validator. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers, validate: { forbidUnknownValues: false } });
  return built;
}
