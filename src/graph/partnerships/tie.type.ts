import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../shared/pagination';
import { PartialDateScalar } from '../../shared/scalars';
import { Organization } from '../organizations/organization.type';

export enum TieOrigin {
  AGREEMENT = 'AGREEMENT',
  CO_FOUNDING = 'CO_FOUNDING',
  COOPERATION = 'COOPERATION',
  NETWORK_MEMBERSHIP = 'NETWORK_MEMBERSHIP',
  JOINT_PROGRAMME = 'JOINT_PROGRAMME',
}
registerEnumType(TieOrigin, {
  name: 'TieOrigin',
  description:
    'What a tie comes from: a signed agreement, co-founding, stated cooperation, membership in a network, or taking part in the same programme.',
  valuesConfig: {
    AGREEMENT: { description: 'A stored partnership from a signed agreement.' },
    CO_FOUNDING: { description: 'A stored partnership that a source states as co-founding.' },
    COOPERATION: { description: 'A stored partnership that a source states as cooperation.' },
    NETWORK_MEMBERSHIP: { description: 'One is a member of the other, a network.' },
    JOINT_PROGRAMME: { description: 'Both took part in the same programme (one tie per programme).' },
  },
});

export enum TieViaKind {
  AGREEMENT = 'AGREEMENT',
  NETWORK = 'NETWORK',
  PROGRAMME = 'PROGRAMME',
}
registerEnumType(TieViaKind, {
  name: 'TieViaKind',
  description: 'What a tie goes through.',
  valuesConfig: {
    AGREEMENT: { description: 'A signed agreement.' },
    NETWORK: { description: 'A network (an organization) the member belongs to.' },
    PROGRAMME: { description: 'A programme both took part in.' },
  },
});

@ObjectType({ description: 'The agreement, network or programme a tie goes through.' })
export class TieVia {
  @Field(() => TieViaKind, { description: 'Whether it is an agreement, a network or a programme.' }) kind!: TieViaKind;
  @Field({ description: 'Agreement id, network slug or programme slug.' }) key!: string;
  @Field({ description: 'Its name as its sources give it.' }) name!: string;
}

@ObjectType({ description: 'A tie between two organizations: with whom, from what, when, and on which sources.' })
export class Tie {
  partnerId!: string;
  partnerSortName!: string;
  /** Its core comes with the tie; the rest of it is read when asked for (a plain field: a page of ties has a thousand). */
  @Field(() => Organization, { description: 'The organization at the other end.' })
  partner!: Organization;
  /** Read with the tie where the query has them; otherwise loaded when `sources` is asked for. */
  sourceIds?: string[];
  sourceQuotes?: string[];

  @Field(() => ID, { description: 'The tie\'s id, as `partnerships` and `partnership(id:)` know it: "origin|via|idA|idB".' })
  id!: string;
  @Field(() => TieOrigin, { description: 'What the tie comes from.' }) origin!: TieOrigin;
  @Field(() => PartialDateScalar, {
    nullable: true,
    description: "When it began, with the source's precision: the partnership's or network membership's start, or the programme's.",
  })
  since!: string | null;
  @Field(() => PartialDateScalar, { nullable: true, description: 'Null means not known to have ended.' }) until!: string | null;
  @Field(() => String, { nullable: true, description: "The partner's role in the network or programme, where stated." })
  role!: string | null;
  @Field(() => TieVia, {
    nullable: true,
    description: 'The agreement, network or programme it goes through; null when it goes through none.',
  })
  via!: TieVia | null;
}

export const TieConnection = Connection(Tie, 'Tie');

/** One organization's page of ties and how many it has in all (of the origins asked for; null when not asked). */
export interface TiePage {
  ties: Tie[];
  totalCount: number | null;
}
