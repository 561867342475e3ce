import crypto from 'node:crypto';
import { SignJWT } from 'jose';
import {
  astFromValue,
  getNamedType,
  isAbstractType,
  isLeafType,
  isNonNullType,
  isObjectType,
  Lexer,
  Source,
  TokenKind,
  print,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { readDataset } from '../../src/dataset/load';
import { createDriver } from '../../src/neo4j/driver';
import { Graph } from '../../src/neo4j/run';
import { createServer } from '../../src/server';

/**
 * The schema walk (issue 8): for every root field, every field reachable to a depth of `levels` object levels, with every
 * required argument filled from a table of real values, so that no field of the schema goes unasked.
 *
 * Levels count objects, not GraphQL fields: the root field's type is level 1 and each object-typed field one level more;
 * a connection's `edges` and `nodes` and an edge's `node` are wrappers and add none (so
 * `organizations.edges.node.programmes.organization` is level 3, and the walk goes on to level 5 under both `edges.node`
 * and `nodes`). A union or interface gets `__typename` and an inline fragment per member at the same level. Leaf fields
 * are selected at every level up to `levels`.
 *
 * The server refuses documents of more than MAX_TOKENS (at most 2,000) lexical tokens, so each root field's tree is cut
 * into documents under that: a document repeats the path from the root (with its arguments) down to the part of the tree
 * it asks, and together the documents ask every field of the tree once.
 */

export type ArgumentValues = Readonly<Record<string, unknown>>;

export interface ArgumentTable {
  /** Values for a required argument (non-null, no default) by its name, wherever it occurs. */
  required: ArgumentValues;
  /** Values given wherever an argument of that name exists, required or not (e.g. `first: 3` to keep lists short). */
  always: ArgumentValues;
  /** Values for one field's arguments ("Type.field"), over the two above; they are given even when optional. */
  byField: Readonly<Record<string, ArgumentValues>>;
}

/** A selection: a field (`head` is `alias: name(args)`) or an inline fragment (`... on Type`); leaves have no children. */
interface Selection {
  head: string;
  children?: Selection[];
  /** Lexical tokens of the head. */
  headTokens: number;
  /** Lexical tokens of the whole selection, braces included. */
  tokens: number;
}

export interface WalkDocument {
  /** The root field (with its call number when the walk asks it more than once) and the document's number. */
  name: string;
  /** The response key of the root field in `data`. */
  rootKey: string;
  query: string;
}

export function countTokens(text: string): number {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}

function node(head: string, children?: Selection[]): Selection {
  const headTokens = countTokens(head);
  return {
    head,
    children,
    headTokens,
    tokens: headTokens + (children ? 2 + children.reduce((sum, child) => sum + child.tokens, 0) : 0),
  };
}

const isWrapper = (parent: GraphQLObjectType, field: string): boolean =>
  (parent.name.endsWith('Connection') && (field === 'edges' || field === 'nodes')) || (parent.name.endsWith('Edge') && field === 'node');

/** The arguments a field is given: the field's own entry, then `always`, then `required` for a required argument. */
function argumentsOf(parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>, table: ArgumentTable): string {
  const own = table.byField[`${parent.name}.${field.name}`] ?? {};
  const given: string[] = [];
  for (const arg of field.args) {
    const value = pickValue(arg, own, table);
    if (value === undefined) {
      if (isNonNullType(arg.type) && arg.defaultValue === undefined) {
        throw new Error(`No value for the required argument ${parent.name}.${field.name}(${arg.name}): add one to the walk's table`);
      }
      continue;
    }
    const literal = astFromValue(value, arg.type);
    if (!literal) throw new Error(`${JSON.stringify(value)} is no ${String(arg.type)} for ${parent.name}.${field.name}(${arg.name})`);
    given.push(`${arg.name}: ${print(literal)}`);
  }
  return given.length ? `(${given.join(', ')})` : '';
}

function pickValue(arg: GraphQLArgument, own: ArgumentValues, table: ArgumentTable): unknown {
  if (arg.name in own) return own[arg.name];
  if (arg.name in table.always) return table.always[arg.name];
  if (isNonNullType(arg.type) && arg.defaultValue === undefined && arg.name in table.required) return table.required[arg.name];
  return undefined;
}

function selectionsOf(
  covered: Set<string>,
  schema: GraphQLSchema,
  type: GraphQLNamedType,
  level: number,
  levels: number,
  table: ArgumentTable,
  alias: { prefix: string; names: ReadonlySet<string> } = { prefix: '', names: new Set() },
): Selection[] {
  if (isAbstractType(type)) {
    // Members' fields of one name and different types (Organization.kind, Event.kind) cannot share a response key: those
    // are aliased by their member's name.
    const members = schema.getPossibleTypes(type);
    const typesByName = new Map<string, Set<string>>();
    for (const member of members) {
      for (const field of Object.values(member.getFields())) {
        typesByName.set(field.name, (typesByName.get(field.name) ?? new Set()).add(String(field.type)));
      }
    }
    const clashing = new Set([...typesByName].filter(([, types]) => types.size > 1).map(([name]) => name));
    return [
      node('__typename'),
      ...members.map((member) =>
        node(
          `... on ${member.name}`,
          selectionsOf(covered, schema, member, level, levels, table, { prefix: `${member.name}_`, names: clashing }),
        ),
      ),
    ];
  }
  if (!isObjectType(type)) throw new Error(`Unexpected composite type ${type.name}`);
  const selections: Selection[] = [];
  for (const field of Object.values(type.getFields())) {
    const named = getNamedType(field.type);
    const key = alias.names.has(field.name) ? `${alias.prefix}${field.name}: ` : '';
    const head = `${key}${field.name}${argumentsOf(type, field, table)}`;
    if (isLeafType(named)) {
      covered.add(`${type.name}.${field.name}`);
      selections.push(node(head));
      continue;
    }
    const next = isWrapper(type, field.name) ? level : level + 1;
    if (next > levels) continue;
    covered.add(`${type.name}.${field.name}`);
    selections.push(node(head, selectionsOf(covered, schema, named, next, levels, table)));
  }
  // An object whose fields are all deeper than the walk goes still answers its type.
  if (!selections.some((s) => !s.children)) selections.unshift(node('__typename'));
  return selections;
}

const render = (s: Selection): string => (s.children ? `${s.head} { ${s.children.map(render).join(' ')} }` : s.head);

/**
 * Cuts `root` into selections of at most `budget` tokens, `path` (the selections above it, without their other children)
 * costing `pathTokens`: children are packed in order while they fit; a child too large alone is cut the same way under
 * a path one longer. Every leaf of `root` ends up in exactly one piece.
 */
function cut(root: Selection, budget: number): Selection[] {
  const pieces: Selection[] = [];
  const walk = (path: Selection[], pathTokens: number, current: Selection): void => {
    if (pathTokens + current.tokens <= budget || !current.children) {
      if (pathTokens + current.tokens > budget) throw new Error(`${render(current)} alone is over ${budget} tokens under its path`);
      pieces.push(wrap(path, current));
      return;
    }
    const own = pathTokens + current.headTokens + 2;
    let group: Selection[] = [];
    let groupTokens = 0;
    const flush = (): void => {
      if (group.length) pieces.push(wrap(path, node(current.head, group)));
      group = [];
      groupTokens = 0;
    };
    for (const child of current.children) {
      if (own + child.tokens > budget) {
        walk([...path, current], own, child);
        continue;
      }
      if (own + groupTokens + child.tokens > budget) flush();
      group.push(child);
      groupTokens += child.tokens;
    }
    flush();
  };
  walk([], 0, root);
  return pieces;
}

/** `inner` under the heads of `path`, outermost first. */
function wrap(path: Selection[], inner: Selection): Selection {
  return path.reduceRight((child, above) => node(above.head, [child]), inner);
}

/**
 * The documents of the walk: for each root field (for each entry of `calls` for it, aliased), its tree to `levels` object
 * levels, cut into documents of at most `maxTokens` tokens.
 */
export function walkDocuments(
  schema: GraphQLSchema,
  table: ArgumentTable,
  options: { levels: number; maxTokens: number; calls?: Readonly<Record<string, readonly ArgumentValues[]>> },
): { documents: WalkDocument[]; covered: Set<string> } {
  const query = schema.getQueryType();
  if (!query) throw new Error('The schema has no Query type');
  const documents: WalkDocument[] = [];
  const covered = new Set<string>();
  for (const field of Object.values(query.getFields())) {
    const calls = options.calls?.[field.name] ?? [{}];
    calls.forEach((call, index) => {
      const callTable: ArgumentTable = {
        ...table,
        byField: { ...table.byField, [`Query.${field.name}`]: { ...table.byField[`Query.${field.name}`], ...call } },
      };
      const rootKey = calls.length > 1 ? `${field.name}_${index + 1}` : field.name;
      const head = `${rootKey === field.name ? '' : `${rootKey}: `}${field.name}${argumentsOf(query, field, callTable)}`;
      const named = getNamedType(field.type);
      covered.add(`${query.name}.${field.name}`);
      const root = isLeafType(named) ? node(head) : node(head, selectionsOf(covered, schema, named, 1, options.levels, callTable));
      const operation = (n: number): string => `query Walk_${rootKey}_${n}`;
      const budget = options.maxTokens - countTokens(operation(999)) - 2;
      cut(root, budget).forEach((piece, n) => {
        documents.push({ name: `${rootKey}#${n + 1}`, rootKey, query: `${operation(n + 1)} { ${render(piece)} }` });
      });
    });
  }
  return { documents, covered };
}

/** Every field of every object type a client can reach from Query ("Type.field"), introspection aside. */
export function reachableFields(schema: GraphQLSchema): Set<string> {
  const fields = new Set<string>();
  const seen = new Set<string>();
  const visit = (type: GraphQLNamedType): void => {
    if (seen.has(type.name)) return;
    seen.add(type.name);
    if (isAbstractType(type)) schema.getPossibleTypes(type).forEach(visit);
    if (!isObjectType(type)) return;
    for (const field of Object.values(type.getFields())) {
      fields.add(`${type.name}.${field.name}`);
      visit(getNamedType(field.type));
    }
  };
  visit(schema.getQueryType()!);
  return fields;
}

/** Fields nested in fields, the deepest branch, as the server's depth limit counts it (inline fragments add nothing). */
export function depthOf(query: string): number {
  let depth = 0;
  let deepest = 0;
  const lexer = new Lexer(new Source(query));
  for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
    if (token.kind === TokenKind.BRACE_L) deepest = Math.max(deepest, (depth += 1));
    if (token.kind === TokenKind.BRACE_R) depth -= 1;
  }
  return deepest;
}

export interface WalkError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; argumentPath?: string[]; stacktrace?: string[]; [k: string]: unknown };
}

export interface WalkResponse {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: WalkError[];
}

export interface WalkServer {
  url: string;
  graph: Graph;
  /** What the server logged at level error and above (unexpected errors with their stacks). */
  logged: string[];
  post(query: string, variables?: Record<string, unknown>): Promise<WalkResponse>;
  stop(): Promise<void>;
}

/**
 * The real server on a free port in development mode (errors keep their message and stack) over the given Neo4j, with
 * its error log kept in memory so that a failure can show the server-side stack. `env` sets configuration variables for
 * this server only.
 */
export async function startWalkServer(uri: string, env: Record<string, string> = {}): Promise<WalkServer> {
  // The walk asks as a signed-in reader (no roles), so `viewer` answers data too.
  const secret = crypto.randomBytes(32).toString('hex');
  const token = await new SignJWT({ roles: [] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('schema-walk')
    .setExpirationTime('2h')
    .sign(new TextEncoder().encode(secret));
  const config = loadConfig({
    ...process.env,
    ...env,
    AUTH_JWT_SECRET: secret,
    NEO4J_URI: uri,
    NODE_ENV: 'development',
    LOG_LEVEL: 'error',
  });
  const driver = createDriver({ uri: config.neo4j.uri!, username: config.neo4j.username, password: config.neo4j.password });
  const graph = new Graph(driver, config.neo4j.database);
  const logged: string[] = [];
  const logger = pino({ level: 'error' }, { write: (line: string) => void logged.push(line) });
  const version = readDataset().dataset.version;
  const server = await createServer({ config, graph, logger, datasetVersion: () => version });
  const port = await server.listen(0);
  const url = `http://127.0.0.1:${port}/graphql`;
  return {
    url,
    graph,
    logged,
    async post(query, variables) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const text = await res.text();
      let body: object;
      try {
        body = JSON.parse(text) as object;
      } catch {
        body = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
      }
      return { status: res.status, ...body };
    },
    async stop() {
      await server.stop();
      await driver.close();
    },
  };
}

/** Every way a walk response falls short, one line each: status, errors (with path, code and stack), missing data. */
export function problemsOf(document: WalkDocument, res: WalkResponse): string[] {
  const problems: string[] = [];
  if (res.status !== 200) problems.push(`${document.name}: HTTP ${res.status}`);
  for (const error of res.errors ?? []) {
    const stack = error.extensions?.stacktrace?.slice(0, 8).join('\n      ') ?? '';
    problems.push(
      `${document.name}: ${error.extensions?.code ?? 'NO CODE'} at ${(error.path ?? []).join('.') || '(no path)'}: ${error.message}${stack ? `\n      ${stack}` : ''}`,
    );
  }
  if (!res.data || !(document.rootKey in res.data)) problems.push(`${document.name}: no data for the root field`);
  return problems;
}

/** Runs `task` over `items`, `concurrency` at a time, in order of start. */
export async function inParallel<T, R>(items: readonly T[], concurrency: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}
