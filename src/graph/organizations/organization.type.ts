import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { PartialDateScalar } from '../../shared/scalars';
import { Node } from '../node/node.type';

export enum OrganizationKind {
  ORGANIZATION = 'ORGANIZATION',
  INITIATIVE = 'INITIATIVE',
  INSTITUTION = 'INSTITUTION',
  NETWORK = 'NETWORK',
  FUND = 'FUND',
  GOVERNMENT_BODY = 'GOVERNMENT_BODY',
  AGENCY = 'AGENCY',
}
registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'What kind of body an organization is, as this dataset classifies it from its sources.',
  valuesConfig: {
    ORGANIZATION: { description: 'An organization of culture or civil society: an association, collective or NGO.' },
    INITIATIVE: { description: 'An informal initiative.' },
    INSTITUTION: { description: 'A public institution.' },
    NETWORK: { description: 'A network or platform of organizations (Clubture, Kooperativa, Trans Europe Halles, the NKSS itself).' },
    FUND: { description: 'A foundation or fund that gives grants.' },
    GOVERNMENT_BODY: { description: "A ministry or a city's secretariat." },
    AGENCY: { description: 'A government agency, such as a development agency.' },
  },
});

export enum Sector {
  CIVIL = 'CIVIL',
  PUBLIC = 'PUBLIC',
  PRIVATE = 'PRIVATE',
}
registerEnumType(Sector, {
  name: 'Sector',
  description:
    'A classification made for this dataset from the legal form a source names: government bodies and public institutions are PUBLIC; associations, NGOs, initiatives, foundations and networks CIVIL; companies PRIVATE. Not a sourced fact.',
  valuesConfig: {
    CIVIL: { description: 'Associations, NGOs, initiatives, foundations and networks.' },
    PUBLIC: { description: 'Government bodies and public institutions.' },
    PRIVATE: { description: 'Companies.' },
  },
});

@ObjectType({
  implements: Node,
  description: 'An organization: a member of the association, a partner, a network, a fund or a public institution.',
})
export class Organization {
  uid!: string;
  citySlug!: string | null;
  /** The country its sources name for it; null when they name none (its country is then its city's). */
  countryCode!: string | null;
  sortName!: string;
  /** `inferred` as the loader stores it (two parallel lists); resolved in organization-fields.resolver.ts. */
  inferredFields?: string[] | null;
  inferredRules?: string[] | null;

  @Field(() => ID, { description: 'The stable key of the organization ("org-nkss"); it never changes.' }) id!: string;
  @Field({ description: 'Its key in addresses: lower-case ASCII words joined by hyphens ("nkss"), unique.' }) slug!: string;
  @Field({ description: 'The name as its sources write it, Serbian diacritics kept.' }) name!: string;
  @Field(() => [String], { description: 'Other spellings and names (Cyrillic forms, abbreviations); search finds them.' })
  aliases!: string[];
  @Field(() => OrganizationKind, { nullable: true, description: 'What kind of body it is; null when the dataset does not classify it.' })
  kind!: OrganizationKind | null;
  @Field(() => Sector, { nullable: true, description: 'Civil, public or private; null when not classified.' }) sector!: Sector | null;
  @Field(() => [String], { description: 'The artistic or cultural fields it works in; empty when none are recorded.' })
  disciplines!: string[];
  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'When it was founded, with the precision its sources give; null when not known.',
  })
  founded!: string | null;
  @Field(() => String, { nullable: true, description: 'The address of its website, when known.' }) website!: string | null;
  @Field({ description: 'True for an association of organizations (NKSS itself).' }) isAssociation!: boolean;
  /** Resolved in organization-fields.resolver.ts (a tie's partner comes without it). */
  version?: number;
}
