import { Field, ID, Int, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { Connection } from '../../shared/pagination';
import { PartialDateScalar } from '../../shared/scalars';
import { Programme } from '../events/event.type';
import { Organization, Sector } from '../organizations/organization.type';
import { TieOrigin, TieVia } from '../partnerships/tie.type';
import { Node } from '../node/node.type';

const COUNTRY_RULE =
  "An organization's country is its own (IN_COUNTRY), else its city's, else, for an association with neither, the country of the city its founding assembly was held in.";

@ObjectType({
  implements: Node,
  description:
    'A tie between two organizations, listed once: a stored partnership (AGREEMENT, CO_FOUNDING, COOPERATION), a network membership (member–network: the network is an organization too), or a joint programme (two participants of one programme).',
})
export class Partnership {
  aId!: string;
  bId!: string;
  /** Earliest day the since may fall on (YYYY-MM-DD), the first key of the paging order. */
  sinceKey!: string | null;
  countryCodes!: (string | null)[];
  roles!: (string | null)[];
  sourceIds!: string[];
  sourceQuotes!: string[];

  @Field(() => ID, {
    description:
      '"origin|via|idA|idB": idA sorts before idB; via is the agreement id, network slug or programme slug (a stored tie through nothing: its own id).',
  })
  id!: string;
  @Field(() => TieOrigin, { description: 'What the tie comes from.' }) origin!: TieOrigin;
  @Field(() => PartialDateScalar, { nullable: true, description: "For a joint programme, the programme's start." }) since!: string | null;
  @Field(() => PartialDateScalar, { nullable: true, description: 'Null means not known to have ended.' }) until!: string | null;
  @Field(() => TieVia, { nullable: true, description: 'The agreement, network or programme it goes through.' }) via!: TieVia | null;
  @Field(() => Boolean, {
    nullable: true,
    description: `True when the two ends' countries are known and differ, false when known and equal, null when either is unknown. ${COUNTRY_RULE}`,
  })
  crossBorder!: boolean | null;
  @Field(() => [Sector], { nullable: 'items', description: 'The sectors of a and b, in that order (null where unclassified).' })
  sectors!: (Sector | null)[];
}

export const PartnershipConnection = Connection(Partnership, 'Partnership');

@ObjectType({ description: 'An organization within some ties of another, with one shortest route to it.' })
export class PartnerAtDistance {
  organizationId!: string;
  sortName!: string;
  /** Its row, read with it. */
  organization?: Organization;
  /** "origin|via" per tie on the route, from the start. */
  steps!: string[];
  throughIds!: string[];
  startId!: string;

  @Field(() => Int, { description: 'The fewest ties between the two (1 = a direct tie).' }) distance!: number;
}

export const PartnerAtDistanceConnection = Connection(PartnerAtDistance, 'PartnerAtDistance');

@ObjectType({ description: 'An organization tied to both a and b, with its ties to each.' })
export class CommonPartner {
  organizationId!: string;
  tieIdsA!: string[];
  tieIdsB!: string[];
}

export enum PathRelationshipType {
  PARTNERS_WITH = 'PARTNERS_WITH',
  MEMBER_OF_NETWORK = 'MEMBER_OF_NETWORK',
  PARTICIPATED_IN = 'PARTICIPATED_IN',
}
registerEnumType(PathRelationshipType, {
  name: 'PathRelationshipType',
  description: 'The stored relationship type a path step walks.',
  valuesConfig: {
    PARTNERS_WITH: { description: 'A stored partnership (AGREEMENT, CO_FOUNDING or COOPERATION) between two organizations.' },
    MEMBER_OF_NETWORK: { description: 'A membership of an organization in a network (an organization too).' },
    PARTICIPATED_IN: { description: "A participant's part in a programme; two of them make one joint-programme tie." },
  },
});

@ObjectType({
  description:
    'One relationship of a path, joining nodes[i] and nodes[i + 1]. A programme step is two PARTICIPATED_IN relationships (participant → programme ← participant) that together make one tie.',
})
export class PathRelationship {
  tieId!: string;
  sourceIds!: string[];
  sourceQuotes!: string[];

  @Field(() => PathRelationshipType, { description: 'The stored relationship type.' }) type!: PathRelationshipType;
  @Field(() => TieOrigin, { description: 'The origin of the tie it is (part of).' }) origin!: TieOrigin;
  @Field(() => PartialDateScalar, { nullable: true, description: "When the tie began (for a programme step, the programme's start)." })
  since!: string | null;
  @Field(() => PartialDateScalar, {
    nullable: true,
    description: "When the tie ended (for a programme step, the programme's end); null means not known to have ended.",
  })
  until!: string | null;
  @Field(() => TieVia, { nullable: true, description: 'The agreement, network or programme the tie goes through.' }) via!: TieVia | null;
  @Field(() => String, { nullable: true, description: 'The role in the network or programme, where stated.' }) role!: string | null;
  @Field({ description: 'True when the stored relationship points from nodes[i] to nodes[i + 1].' }) forward!: boolean;
}

export interface PathNodeRef {
  kind: 'ORGANIZATION' | 'PROGRAMME';
  key: string;
}

@ObjectType({ description: 'A shortest path in ties between two organizations.' })
export class Path {
  organizationIds!: string[];
  nodeRefs!: PathNodeRef[];

  @Field(() => Int, { description: 'Its length in ties (a programme step counts as one tie).' }) length!: number;
  @Field(() => [PathRelationship], {
    description: 'Its relationships in order from `from`; relationships[i] joins nodes[i] and nodes[i + 1].',
  })
  relationships!: PathRelationship[];
}

export const PathNode = createUnionType({
  name: 'PathNode',
  description: 'A node on a path: an organization, or the programme between two participants on a programme step.',
  types: () => [Organization, Programme] as const,
  resolveType: (value) => ('isAssociation' in value ? Organization : Programme),
});

@ObjectType({ description: 'Civil–public ties in one region and year.' })
export class IntersectoralCount {
  regionSlug!: string | null;
  tieIds!: string[];

  @Field(() => Int, { nullable: true, description: "The year of the tie's since; null when unknown." }) year!: number | null;
  @Field(() => Int, { description: 'How many civil–public ties fall in this region and year.' }) count!: number;
}

@ObjectType({ description: 'Cross-border ties with partners in one country.' })
export class CountryCooperation {
  countryCode!: string;
  tieIds!: string[];
  partnerIds!: string[];

  @Field({ description: 'The editorial Southeast Europe flag of the country (see Country.southeastEurope).' }) southeastEurope!: boolean;
  @Field(() => Int, { description: 'How many cross-border ties have their partner in this country.' }) tieCount!: number;
}

@ObjectType({ description: "The association's or one member's cross-border ties." })
export class MemberCooperation {
  memberId!: string;
  tieIds!: string[];
  countryCodes!: string[];

  @Field(() => Int, { description: 'How many cross-border ties it has.' }) tieCount!: number;
}

@ObjectType({ description: 'A membership of the association or of one of its members in a network.' })
export class NetworkMembershipEntry {
  memberId!: string;
  networkId!: string;
  sourceIds!: string[];
  sourceQuotes!: string[];

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it joined the network, with the precision its source gives.' })
  since!: string | null;
  @Field(() => String, { nullable: true, description: 'founder, member … as the source says.' }) role!: string | null;
}

@ObjectType({
  description: `Cross-border ties (both ends' countries known and different) of an association and its members. ${COUNTRY_RULE}`,
})
export class RegionalCooperation {
  tieIds!: string[];
  @Field(() => Int, { description: 'How many cross-border ties there are in all.' }) tieCount!: number;
  @Field(() => [CountryCooperation], { description: 'Per partner country, most ties first, then by country name.' })
  byCountry!: CountryCooperation[];
  @Field(() => [MemberCooperation], {
    description: 'The association itself and each member with such ties, the ones carrying most ties first, then by name.',
  })
  byMember!: MemberCooperation[];
  @Field(() => [NetworkMembershipEntry], {
    description: 'The networks the association or its members belong to (not filtered by country or since), by since.',
  })
  networks!: NetworkMembershipEntry[];
}
