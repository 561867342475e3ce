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

/** Fresh loaders for each request: no cache is shared between requests. */
export function createLoaders(graph: Graph) {
  const places = createPlaceLoaders(graph);
  const loaders = {
    ...createCommonLoaders(graph),
    ...createOrganizationLoaders(graph, places),
    ...createPersonLoaders(graph),
    ...createRoleLoaders(graph),
    ...places,
    ...createPartnershipLoaders(graph),
    ...createEventLoaders(graph),
    ...createAssociationLoaders(graph),
    ...createNetworkLoaders(graph),
  };
  return { ...loaders, ...createNodeLoaders(graph, loaders) };
}
export type Loaders = ReturnType<typeof createLoaders>;
