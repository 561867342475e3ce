import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { IsInt, Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { BadInputError } from '../errors';
import { decodeCursor, encodeCursor, InvalidCursorError, type CursorKey } from './cursor';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: 'Where a page lies in its list (Relay PageInfo).' })
export class PageInfo {
  @Field({ description: 'Whether items follow this page; paging backwards (last), true whenever `before` was given.' })
  hasNextPage!: boolean;
  @Field({ description: 'Whether items come before this page; paging forwards (first), true whenever `after` was given.' })
  hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true, description: 'The cursor of the first edge; null for an empty page.' }) startCursor!:
    string | null;
  @Field(() => String, { nullable: true, description: 'The cursor of the last edge; null for an empty page.' }) endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}
export interface ConnectionShape<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number | null;
}

/** A Relay connection type for `node` (the TypeGraphQL examples' generic connection factory). */
export function Connection<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} of a page, with its cursor.` })
  class EdgeType {
    @Field({ description: 'Opaque keyset cursor: stable when rows are inserted before it.' }) cursor!: string;
    @Field(() => node, { description: `The ${name} itself.` }) node!: T;
  }
  @ObjectType(`${name}Connection`, { description: `A page of ${name} items (a Relay connection).` })
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [EdgeType], { description: 'The items of this page in list order, each with its cursor.' }) edges!: EdgeType[];
    @Field(() => [node], { description: 'The nodes of `edges`, for clients that need no cursors.' }) nodes!: T[];
    @Field(() => PageInfo, { description: 'Whether there are more pages, and the cursors to fetch them.' }) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'How many match the filter, across all pages. Counted only when asked for.' })
    totalCount!: number;
  }
  return ConnectionType;
}

/** `first` for a bounded list that has a count beside it: the first 1 to MAX_PAGE_SIZE, all of them by default up to that. */
@ArgsType()
export class FirstArgs {
  @Field(() => Int, { defaultValue: MAX_PAGE_SIZE, description: `How many, 1 to ${MAX_PAGE_SIZE} (default ${MAX_PAGE_SIZE}).` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first!: number;
}

export interface PageArgs {
  first?: number;
  after?: string;
  last?: number;
  before?: string;
}

/** What a keyset page query needs: exclusive bounds in ascending key order, fetch direction and size. */
export interface PageRequest {
  order: string;
  limit: number;
  descending: boolean;
  lower: CursorKey | null;
  upper: CursorKey | null;
  backwards: boolean;
  size: number;
  hadAfter: boolean;
  hadBefore: boolean;
}

function cursorArg(cursor: string | undefined, order: string, name: 'after' | 'before'): CursorKey | null {
  if (cursor === undefined || cursor === null) return null;
  try {
    return decodeCursor(cursor, order);
  } catch (error) {
    if (error instanceof InvalidCursorError) throw new BadInputError(error.message, [name]);
    throw error;
  }
}

/** A cursor of the right order whose sort values are not of the types the order sorts by (a forged one) is bad input. */
function checkKeyTypes(cursor: CursorKey | null, types: readonly ('string' | 'number')[] | undefined, name: 'after' | 'before'): void {
  if (cursor === null || types === undefined) return;
  const fits = cursor.key.length === types.length && cursor.key.every((value, i) => typeof value === types[i]);
  if (!fits) throw new BadInputError('Invalid cursor: malformed', [name]);
}

export function pageRequest(
  args: PageArgs,
  order: string,
  orderDescending: boolean,
  keyTypes?: readonly ('string' | 'number')[],
): PageRequest {
  if (args.first !== undefined && args.first !== null && args.last !== undefined && args.last !== null) {
    throw new BadInputError('Give either first or last, not both', ['last']);
  }
  const backwards = args.last !== undefined && args.last !== null;
  const size = (backwards ? args.last : args.first) ?? DEFAULT_PAGE_SIZE;
  const after = cursorArg(args.after, order, 'after');
  const before = cursorArg(args.before, order, 'before');
  checkKeyTypes(after, keyTypes, 'after');
  checkKeyTypes(before, keyTypes, 'before');
  return {
    order,
    size,
    limit: size + 1,
    backwards,
    descending: orderDescending !== backwards,
    lower: orderDescending ? before : after,
    upper: orderDescending ? after : before,
    hadAfter: after !== null,
    hadBefore: before !== null,
  };
}

/**
 * An edge whose cursor is encoded when read. A class, not an object literal with a getter: a literal builds its own
 * closure and accessor per edge, and a page of 100 organizations with 10 partners each makes a thousand edges.
 */
class LazyEdge<T> implements Edge<T> {
  private encoded: string | undefined;
  constructor(
    readonly node: T,
    private readonly cursorOf: (row: T) => CursorKey,
  ) {}
  get cursor(): string {
    this.encoded ??= encodeCursor(this.cursorOf(this.node));
    return this.encoded;
  }
}

/** PageInfo whose start and end cursors are the first and last edges' own, encoded only when read. */
class LazyPageInfo<T> implements PageInfo {
  constructor(
    readonly hasNextPage: boolean,
    readonly hasPreviousPage: boolean,
    private readonly edges: readonly Edge<T>[],
  ) {}
  get startCursor(): string | null {
    return this.edges[0]?.cursor ?? null;
  }
  get endCursor(): string | null {
    return this.edges[this.edges.length - 1]?.cursor ?? null;
  }
}

/** Rows come back in fetch direction, one more than asked to tell whether another page exists. */
export function toConnection<T>(
  rows: T[],
  request: PageRequest,
  cursorOf: (row: T) => CursorKey,
  totalCount: number | null,
): ConnectionShape<T> {
  const more = rows.length > request.size;
  const page = rows.slice(0, request.size);
  if (request.backwards) page.reverse();
  // Cursors are encoded only when read, by the client on an edge or in pageInfo: a hundred nested connections asked for
  // hasNextPage alone encode none.
  const edges = page.map((node) => new LazyEdge(node, cursorOf));
  const pageInfo = request.backwards ? new LazyPageInfo(request.hadBefore, more, edges) : new LazyPageInfo(more, request.hadAfter, edges);
  return { edges, nodes: page, totalCount, pageInfo };
}

function selects(selectionSet: SelectionSetNode | undefined, name: string, info: GraphQLResolveInfo): boolean {
  return (selectionSet?.selections ?? []).some((s) => {
    if (s.kind === Kind.FIELD) return s.name.value === name;
    if (s.kind === Kind.INLINE_FRAGMENT) return selects(s.selectionSet, name, info);
    return selects(info.fragments[s.name.value]?.selectionSet, name, info);
  });
}

/** Whether the client asked for a field directly under the current one (e.g. totalCount on a connection). */
export function isFieldRequested(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((node) => selects(node.selectionSet, name, info));
}
