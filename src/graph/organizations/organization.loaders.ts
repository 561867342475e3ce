import type { Graph } from '../../neo4j/run';
import { keyedLoader } from '../../shared/batch';
import type { Membership } from './membership.type';
import type { Organization, Person } from './organization.type';
import { organizationRepository as repo, type EventLinkRow, type ParticipationRow } from './organization.repository';
import { personRepository, type AffiliationRow, type RoleRow } from './person.repository';
import type { Tie } from './tie.type';

export function createOrganizationLoaders(graph: Graph) {
  return {
    /** Organization id → organization (null when unknown). */
    organizationById: keyedLoader<string, Organization | null>((keys) => repo.byIds(graph, keys), null),
    organizationBySlug: keyedLoader<string, Organization | null>((keys) => repo.bySlugs(graph, keys), null),
    /** Member uid → memberships, oldest first. */
    membershipsByMember: keyedLoader<string, Membership[]>((keys) => repo.membershipsByMembers(graph, keys), []),
    /** Organization id → ties of all origins, by partner name. */
    partnersByOrganization: keyedLoader<string, Tie[]>((keys) => repo.partnersByOrganizations(graph, keys), []),
    eventsByOrganization: keyedLoader<string, EventLinkRow[]>((keys) => repo.eventsByOrganizations(graph, keys), []),
    participationsByOrganization: keyedLoader<string, ParticipationRow[]>((keys) => repo.participationsByOrganizations(graph, keys), []),
    personById: keyedLoader<string, Person | null>((keys) => personRepository.byIds(graph, keys), null),
    personBySlug: keyedLoader<string, Person | null>((keys) => personRepository.bySlugs(graph, keys), null),
    rolesByPerson: keyedLoader<string, RoleRow[]>((keys) => personRepository.rolesByPeople(graph, keys), []),
    rolesByOrganization: keyedLoader<string, RoleRow[]>((keys) => personRepository.rolesByOrganizations(graph, keys), []),
    affiliationsByPerson: keyedLoader<string, AffiliationRow[]>((keys) => personRepository.affiliationsByPeople(graph, keys), []),
  };
}
