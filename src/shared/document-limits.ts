import {
  Kind,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import type { QueryLimits } from '../config';
import { ResourceLimitError } from '../errors';

export interface OperationShape {
  /** Fields nested in fields, the deepest branch. */
  depth: number;
  /** Aliased fields, a fragment counted at each spread. */
  aliases: number;
}

const empty: OperationShape = { depth: 0, aliases: 0 };

/**
 * The shape of each operation. Each fragment is measured once and its figures reused at every spread, so the
 * time is linear in the size of the document even when fragments spread each other twice per level.
 */
export function measureOperations(document: DocumentNode): Map<OperationDefinitionNode, OperationShape> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const measured = new Map<string, OperationShape>();
  const inProgress = new Set<string>();

  const fragmentShape = (name: string): OperationShape => {
    const known = measured.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    // Unknown and cyclic fragments are reported by graphql-js's own rules (KnownFragmentNames, NoFragmentCycles).
    if (!fragment || inProgress.has(name)) return empty;
    inProgress.add(name);
    const shape = selectionShape(fragment.selectionSet);
    inProgress.delete(name);
    measured.set(name, shape);
    return shape;
  };

  const selectionShape = (set: SelectionSetNode): OperationShape => {
    let depth = 0;
    let aliases = 0;
    for (const selection of set.selections) {
      let inner: OperationShape;
      if (selection.kind === Kind.FIELD) {
        const children = selection.selectionSet ? selectionShape(selection.selectionSet) : empty;
        // Introspection reads the schema in memory; its standard query (GraphiQL, codegen) nests `ofType` 15 deep.
        const introspection = selection.name.value === '__schema' || selection.name.value === '__type';
        inner = { depth: 1 + (introspection ? 0 : children.depth), aliases: (selection.alias ? 1 : 0) + children.aliases };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = selectionShape(selection.selectionSet);
      } else {
        inner = fragmentShape(selection.name.value);
      }
      depth = Math.max(depth, inner.depth);
      aliases += inner.aliases;
    }
    return { depth, aliases };
  };

  const shapes = new Map<OperationDefinitionNode, OperationShape>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) shapes.set(definition, selectionShape(definition.selectionSet));
  }
  return shapes;
}

/**
 * A validation rule that refuses documents nested deeper than `depth` fields (cycles such as
 * partners.partner.partners …), with more aliased fields than `aliases`, or more directives than `directives`.
 */
export function documentLimits(limits: Pick<QueryLimits, 'depth' | 'aliases' | 'directives'>) {
  return (context: ValidationContext): ASTVisitor => {
    let directives = 0;
    return {
      Directive() {
        directives += 1;
      },
      Document: {
        leave(document) {
          for (const shape of measureOperations(document).values()) {
            if (shape.depth > limits.depth) {
              context.reportError(
                new ResourceLimitError(
                  'depth',
                  shape.depth,
                  limits.depth,
                  `Query is ${shape.depth} levels deep; the limit is ${limits.depth}`,
                ),
              );
            }
            if (shape.aliases > limits.aliases) {
              context.reportError(
                new ResourceLimitError(
                  'aliases',
                  shape.aliases,
                  limits.aliases,
                  `The query has ${shape.aliases} aliased fields (a fragment counts at each spread); the limit is ${limits.aliases}`,
                ),
              );
            }
          }
          if (directives > limits.directives) {
            context.reportError(
              new ResourceLimitError(
                'directives',
                directives,
                limits.directives,
                `The query has ${directives} directives; the limit is ${limits.directives}`,
              ),
            );
          }
        },
      },
    };
  };
}
