import { instanceWith } from '../../shared/instances';
import type { SelectionTree } from '../../shared/selection';
import { Organization } from './organization.type';

/** Which columns of an organization to read: its whole row, only its id, slug, name and city, or those but the city. */
export type OrganizationColumnSet = 'full' | 'core' | 'coreWithoutCity';

/** The column parameters of a statement that lists organizations through fragments/organization-core-columns. */
export function columnParams(columns: OrganizationColumnSet): { core: boolean; coreCity: boolean } {
  return { core: columns !== 'full', coreCity: columns === 'core' };
}

/**
 * An organization selected only for these fields is read as its core columns (fragments/organization-core-columns): its
 * own, and the lists its field resolvers read by id or uid alone.
 */
export const CORE_ORGANIZATION: SelectionTree = {
  id: true,
  slug: true,
  name: true,
  city: true,
  partners: true,
  memberships: true,
  events: true,
  programmes: true,
  roles: true,
  sources: true,
};

/** …and of those, a selection without the city (its slug is left null). */
export const CORE_ORGANIZATION_WITHOUT_CITY: SelectionTree = Object.fromEntries(
  Object.entries(CORE_ORGANIZATION).filter(([name]) => name !== 'city'),
);

/** An organization as fragments/organization-core-columns lists it. */
export type CoreOrganizationColumns = [id: string, slug: string, name: string, sortName: string, citySlug: string | null];

export function coreOrganizationOf([id, slug, name, sortName, citySlug]: CoreOrganizationColumns): Organization {
  // Only what the selection reads is set; such a row is never primed into the organization loaders.
  return instanceWith(Organization, { id, uid: `Organization:${id}`, slug, name, sortName, citySlug });
}
