import type { Graph } from '../../neo4j/run';
import { keyedLoader } from '../../shared/batch';
import { roleRepository as repo, type RoleRow } from './role.repository';

export function createRoleLoaders(graph: Graph) {
  return {
    /** Person id → the roles they held. */
    rolesByPerson: keyedLoader<string, RoleRow[]>((keys) => repo.rolesByPeople(graph, keys), []),
    /** Organization id → the roles held in it. */
    rolesByOrganization: keyedLoader<string, RoleRow[]>((keys) => repo.rolesByOrganizations(graph, keys), []),
  };
}
