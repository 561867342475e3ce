import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { ResourceLimitError } from '../errors';
import { MAX_PAGE_SIZE } from './pagination';

/** `first` where the schema gives no default (organizations, partnerships: 20). */
const DEFAULT_PAGE_SIZE = 20;
/** Lists without `first` (sources, cities of a region, members of a programme …) are assumed this long. */
const UNBOUNDED_LIST_LENGTH = 10;
/**
 * The largest page a field accepts (MAX_PAGE_SIZE; events: 500). A larger `first` is costed at it: argument validation
 * refuses the request anyway, and should be the one to say why (BAD_USER_INPUT on `first`, not RESOURCE_LIMIT).
 */
const LARGEST_PAGE: Readonly<Record<string, number>> = { 'Query.events': 500 };

/**
 * What a field costs besides the fields selected under it: the analytics that read the whole network or run a
 * breadth-first search. Relative to a plain field (1), from their times on the dataset and on the 10k synthetic
 * network (docs/performance.md): networkMetrics ~1 s here and seconds to minutes on 10k organizations; two in a request still fit the default limit (tests ask one network twice).
 */
const ANALYTICS_COSTS: Readonly<Record<string, (args: Record<string, unknown>) => number>> = {
  'Query.networkMetrics': () => 4_000,
  'Query.partnersOf': ({ depth }) => (depth === 1 ? 10 : depth === 2 ? 100 : 1_000),
  'Query.shortestPath': () => 200,
  'Query.commonPartners': () => 100,
  'Query.decentralizationTrend': () => 500,
  'Query.decentralization': () => 50,
  'Query.changes': () => 50,
  'Query.regionalCooperation': () => 100,
  'Query.intersectoralSummary': () => 100,
  'Query.search': () => 10,
};

function isConnection(type: GraphQLNamedType): boolean {
  return isObjectType(type) && 'pageInfo' in type.getFields();
}

function pageSize(coordinate: string, args: Record<string, unknown>): number {
  const asked = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : DEFAULT_PAGE_SIZE;
  return Math.min(Math.max(asked, 0), LARGEST_PAGE[coordinate] ?? MAX_PAGE_SIZE);
}

/**
 * The estimated cost of one operation: every field costs 1 plus the cost of its selection, times the number of
 * times it is resolved. A field with `first` (a page, a bounded list) multiplies what is selected in its list by
 * its page size; a list of the objects `ids` names by their number; another list by UNBOUNDED_LIST_LENGTH;
 * analytics add ANALYTICS_COSTS. Each fragment is costed once per page size it is spread under, so the time is
 * linear in the size of the document.
 * Null when the variables do not fit the operation (execution then refuses the request before any resolver runs).
 */
export function queryCost(options: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
}): number | null {
  const { schema, document, operation } = options;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], options.variables);
  if (coerced.errors) return null;
  const variables = coerced.coerced;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const costed = new Map<string, number>();
  const inProgress = new Set<string>();

  const argumentsOf = (field: GraphQLField<unknown, unknown>, node: FieldNode): Record<string, unknown> => {
    try {
      return getArgumentValues(field, node, variables);
    } catch {
      return {}; // A bad argument is refused by validation or execution; cost it at its defaults.
    }
  };

  /** `connectionPage`: the page size of the connection whose selection this is (its nodes and edges are the page). */
  const selectionCost = (set: SelectionSetNode, parent: GraphQLCompositeType, connectionPage: number | undefined): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        total += fieldCost(selection, parent, connectionPage);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (condition && isCompositeType(condition)) total += selectionCost(selection.selectionSet, condition, connectionPage);
      } else {
        total += fragmentCost(selection.name.value, connectionPage);
      }
    }
    return Math.min(total, Number.MAX_SAFE_INTEGER);
  };

  const fragmentCost = (name: string, connectionPage: number | undefined): number => {
    const key = `${name}@${connectionPage ?? ''}`;
    const known = costed.get(key);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    const condition = fragment && schema.getType(fragment.typeCondition.name.value);
    if (!fragment || !condition || !isCompositeType(condition) || inProgress.has(key)) return 0;
    inProgress.add(key);
    const cost = selectionCost(fragment.selectionSet, condition, connectionPage);
    inProgress.delete(key);
    costed.set(key, cost);
    return cost;
  };

  const fieldCost = (node: FieldNode, parent: GraphQLCompositeType, connectionPage: number | undefined): number => {
    const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
    // __typename, introspection and unknown fields (refused by validation): 1 each, no multiplier.
    if (!field) return 1 + (node.selectionSet ? countFields(node.selectionSet) : 0);
    const args = argumentsOf(field, node);
    const type = getNamedType(field.type);
    const hasFirst = field.args.some((a) => a.name === 'first');
    const page = hasFirst ? pageSize(`${parent.name}.${field.name}`, args) : undefined;
    const connection = isConnection(type);
    // A list of the objects named by `ids` (`nodes`) is as long as the ids.
    const named = Array.isArray(args.ids) ? args.ids.length : undefined;
    const times = connection
      ? 1
      : isListType(getNullableType(field.type))
        ? (page ?? named ?? connectionPage ?? UNBOUNDED_LIST_LENGTH)
        : (page ?? 1);
    const own = 1 + (ANALYTICS_COSTS[`${parent.name}.${field.name}`]?.(args) ?? 0);
    const children =
      node.selectionSet && isCompositeType(type)
        ? selectionCost(node.selectionSet, type, connection ? (page ?? DEFAULT_PAGE_SIZE) : undefined)
        : 0;
    return Math.min(own + times * children, Number.MAX_SAFE_INTEGER);
  };

  return selectionCost(operation.selectionSet, rootType(schema, operation), undefined);
}

/** Introspection selections, counted field by field (the schema is in memory; the depth limit bounds the nesting). */
function countFields(set: SelectionSetNode): number {
  let count = 0;
  for (const selection of set.selections) {
    count += selection.kind === Kind.FIELD ? 1 : 0;
    if (selection.kind !== Kind.FRAGMENT_SPREAD && selection.selectionSet) count += countFields(selection.selectionSet);
  }
  return count;
}

function rootType(schema: GraphQLSchema, operation: OperationDefinitionNode): GraphQLCompositeType {
  const root = schema.getRootType(operation.operation);
  if (!root) throw new Error(`The schema has no ${operation.operation} type`);
  return root;
}

/** Refuses an operation whose estimated cost is over `maxCost` after validation and before execution. */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const cost = queryCost({ schema, document, operation, variables: request.variables ?? {} });
          if (cost !== null && cost > maxCost) {
            throw new ResourceLimitError('cost', cost, maxCost, `The query's estimated cost is ${cost}; the limit is ${maxCost}`);
          }
        },
      };
    },
  };
}
