import { Field, ID, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { PartialDateScalar } from '../../shared/scalars';

export enum OrganizationKind {
  ORGANIZATION = 'ORGANIZATION',
  INITIATIVE = 'INITIATIVE',
  INSTITUTION = 'INSTITUTION',
  NETWORK = 'NETWORK',
  FUND = 'FUND',
  GOVERNMENT_BODY = 'GOVERNMENT_BODY',
  AGENCY = 'AGENCY',
}
registerEnumType(OrganizationKind, { name: 'OrganizationKind' });

export enum Sector {
  CIVIL = 'CIVIL',
  PUBLIC = 'PUBLIC',
  PRIVATE = 'PRIVATE',
}
registerEnumType(Sector, {
  name: 'Sector',
  description:
    'A classification made for this dataset from the legal form a source names: government bodies and public institutions are PUBLIC; associations, NGOs, initiatives, foundations and networks CIVIL; companies PRIVATE. Not a sourced fact.',
});

@ObjectType({ description: 'An organization: a member of the association, a partner, a network, a fund or a public institution.' })
export class Organization {
  uid!: string;
  citySlug!: string | null;
  /** The country its sources name for it; null when they name none (its country is then its city's). */
  countryCode!: string | null;
  sortName!: string;

  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field({ description: 'The name as its sources write it, Serbian diacritics kept.' }) name!: string;
  @Field(() => [String], { description: 'Other spellings and names (Cyrillic forms, abbreviations); search finds them.' })
  aliases!: string[];
  @Field(() => OrganizationKind, { nullable: true }) kind!: OrganizationKind | null;
  @Field(() => Sector, { nullable: true }) sector!: Sector | null;
  @Field(() => [String]) disciplines!: string[];
  @Field(() => PartialDateScalar, { nullable: true }) founded!: string | null;
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field({ description: 'True for an association of organizations (NKSS itself).' }) isAssociation!: boolean;
  /** Resolved in organization-fields.resolver.ts (a tie's partner comes without it). */
  version?: number;
}

@ObjectType({ description: 'A person: a board member, editor or coordinator, or an individual member.' })
export class Person {
  uid!: string;
  citySlug!: string | null;

  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field() name!: string;
  @Field(() => [String]) aliases!: string[];
}

export const Member = createUnionType({
  name: 'Member',
  description: 'A member of an association: an organization or an individual.',
  types: () => [Organization, Person] as const,
  resolveType: (value) => ('isAssociation' in value ? Organization : Person),
});
