import {
  getArgumentValues,
  getNamedType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/** A field's sub-selection by name (fragments merged); `true` for a leaf. */
export interface SelectionTree {
  [field: string]: SelectionTree | true;
}

function merge(into: SelectionTree, selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo): void {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (selection.selectionSet === undefined) {
        into[name] ??= true;
        continue;
      }
      const existing = into[name];
      const child: SelectionTree = existing === undefined || existing === true ? {} : existing;
      into[name] = child;
      merge(child, selection.selectionSet, info);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      merge(into, selection.selectionSet, info);
    } else {
      merge(into, info.fragments[selection.name.value]?.selectionSet, info);
    }
  }
}

/**
 * What the client selected under the current field, as a tree of field names (aliases, fragments and type conditions
 * folded in; @skip/@include ignored, so it may over-state, never under-state). Memoized on the field's AST node: graphql-js
 * hands every sibling in a list the same nodes, so a hundred parents compute it once.
 */
export function selectionTree(info: GraphQLResolveInfo): SelectionTree {
  const anchor = info.fieldNodes[0];
  const cached = trees.get(anchor);
  if (cached !== undefined && cached.fragments === info.fragments) return cached.tree;
  const tree: SelectionTree = {};
  for (const node of info.fieldNodes) merge(tree, node.selectionSet, info);
  trees.set(anchor, { fragments: info.fragments, tree });
  return tree;
}

const trees = new WeakMap<object, { fragments: GraphQLResolveInfo['fragments']; tree: SelectionTree }>();

/** Whether every field selected in `tree` (at any depth) is among `allowed` (a tree of the same shape; `true` allows a subtree whole). */
export function selectsOnly(tree: SelectionTree | true | undefined, allowed: SelectionTree | true): boolean {
  if (tree === undefined || allowed === true) return true;
  if (tree === true) return false;
  return Object.entries(tree).every(([name, sub]) => {
    if (name === '__typename') return true;
    const permitted = allowed[name];
    return permitted !== undefined && selectsOnly(sub, permitted);
  });
}

/** Every `name` field selected directly under the current field, through fragments, as the document writes it. */
function childFieldNodes(info: GraphQLResolveInfo, name: string): FieldNode[] {
  const found: FieldNode[] = [];
  const walk = (selectionSet: SelectionSetNode | undefined): void => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === name) found.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else walk(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet);
  return found;
}

/**
 * The arguments of the `name` field under the current field, coerced as graphql-js coerces them (defaults applied), so
 * a parent can read ahead what the field will ask for. Null when it is not selected exactly once (aliases), carries a
 * directive, or its arguments do not coerce: then the field reads for itself, and reports what is wrong.
 */
export function childFieldArguments(info: GraphQLResolveInfo, name: string): Record<string, unknown> | null {
  const nodes = childFieldNodes(info, name);
  if (nodes.length !== 1 || (nodes[0].directives?.length ?? 0) > 0) return null;
  const type = getNamedType(info.returnType);
  const field = isObjectType(type) ? type.getFields()[name] : undefined;
  if (field === undefined) return null;
  try {
    return getArgumentValues(field, nodes[0], info.variableValues);
  } catch {
    return null;
  }
}
