import type { Graph } from '../neo4j/run';
import { createAssociationLoaders } from './association/association.loaders';
import { createCommonLoaders } from './common/common.loaders';
import { createEventLoaders } from './events/event.loaders';
import { createOrganizationLoaders } from './organizations/organization.loaders';
import { createNetworkLoaders } from './network/network.loaders';
import { createNodeLoaders } from './node/node.loaders';
import { createPartnershipLoaders } from './partnerships/partnership.loaders';
import { createPersonLoaders } from './people/person.loaders';
import { createPlaceLoaders } from './places/place.loaders';
import { createRoleLoaders } from './roles/role.loaders';

export type Loaders = ReturnType<typeof createCommonLoaders> &
  ReturnType<typeof createOrganizationLoaders> &
  ReturnType<typeof createPersonLoaders> &
  ReturnType<typeof createRoleLoaders> &
  ReturnType<typeof createPlaceLoaders> &
  ReturnType<typeof createPartnershipLoaders> &
  ReturnType<typeof createEventLoaders> &
  ReturnType<typeof createAssociationLoaders> &
  ReturnType<typeof createNetworkLoaders> &
  ReturnType<typeof createNodeLoaders>;

/** Each domain's loaders; a domain that reads through another's gets the request's whole set. */
const domains: readonly ((graph: Graph, loaders: Loaders) => object)[] = [
  createCommonLoaders,
  createOrganizationLoaders,
  createPersonLoaders,
  createRoleLoaders,
  createPlaceLoaders,
  createPartnershipLoaders,
  createEventLoaders,
  createAssociationLoaders,
  createNetworkLoaders,
  createNodeLoaders,
];

/**
 * A request's loaders, each domain's made when one of them is first read. A request uses a few of the forty-odd (a
 * count uses none), and making them all was a quarter of the bytes a small request allocated.
 */
class RequestLoaders {
  private readonly groups: (Record<string, unknown> | undefined)[] = [];

  constructor(private readonly graph: Graph) {}

  group(index: number): Record<string, unknown> {
    return (this.groups[index] ??= domains[index](this.graph, this as unknown as Loaders) as Record<string, unknown>);
  }
}

let named = false;

/** Puts a getter per loader name on the prototype, once; the names are read from one set made with this graph. */
function nameLoaders(graph: Graph): void {
  const seen = new Set<string>();
  domains.forEach((make, index) => {
    for (const name of Object.keys(make(graph, {} as Loaders))) {
      if (seen.has(name)) throw new Error(`Two loader domains define "${name}"`);
      seen.add(name);
      Object.defineProperty(RequestLoaders.prototype, name, {
        get(this: RequestLoaders) {
          return this.group(index)[name];
        },
      });
    }
  });
  named = true;
}

/** Fresh loaders for each request: no cache is shared between requests. */
export function createLoaders(graph: Graph): Loaders {
  if (!named) nameLoaders(graph);
  return new RequestLoaders(graph) as unknown as Loaders;
}
