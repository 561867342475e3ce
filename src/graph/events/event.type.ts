import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { PartialDateScalar } from '../../shared/scalars';

export enum EventKind {
  NATIONAL_CONFERENCE = 'NATIONAL_CONFERENCE',
  FOUNDING_ASSEMBLY = 'FOUNDING_ASSEMBLY',
  REGULAR_ASSEMBLY = 'REGULAR_ASSEMBLY',
  ELECTORAL_ASSEMBLY = 'ELECTORAL_ASSEMBLY',
  FESTIVAL_EDITION = 'FESTIVAL_EDITION',
  CAMPAIGN = 'CAMPAIGN',
  PUBLIC_STATEMENT = 'PUBLIC_STATEMENT',
  PROTEST = 'PROTEST',
  WORKSHOP = 'WORKSHOP',
  OTHER = 'OTHER',
}
registerEnumType(EventKind, { name: 'EventKind' });

export enum EventStatus {
  HELD = 'HELD',
  ANNOUNCED = 'ANNOUNCED',
}
registerEnumType(EventStatus, {
  name: 'EventStatus',
  description: 'ANNOUNCED: the sources only announce it; no source confirms it took place.',
});

export enum ProgrammeKind {
  FESTIVAL = 'FESTIVAL',
  PROJECT = 'PROJECT',
  FUND = 'FUND',
  CAMPAIGN = 'CAMPAIGN',
  PUBLICATION = 'PUBLICATION',
  OTHER = 'OTHER',
}
registerEnumType(ProgrammeKind, { name: 'ProgrammeKind' });

@ObjectType({ description: 'A conference, assembly, festival edition, campaign, statement or other dated happening.' })
export class Event {
  uid!: string;
  citySlug!: string | null;
  programmeSlug!: string | null;

  @Field() slug!: string;
  @Field(() => EventKind) kind!: EventKind;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) nameEn!: string | null;
  @Field(() => PartialDateScalar, { nullable: true }) startDate!: string | null;
  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'Null when the source gives no end; equal to startDate for a one-day event.',
  })
  endDate!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Held online (then it has no city); null when the source does not say.' })
  online!: boolean | null;
  @Field(() => EventStatus) status!: EventStatus;
  @Field(() => [String], { description: 'What the sources state about it, in English.' }) facts!: string[];
}

@ObjectType({ description: 'A festival, project, fund, campaign or publication that runs over time; organizations take part in it.' })
export class Programme {
  uid!: string;
  citySlugs!: string[];
  editionSlugs!: string[];

  @Field() slug!: string;
  @Field() name!: string;
  @Field(() => ProgrammeKind) kind!: ProgrammeKind;
  @Field(() => PartialDateScalar, { nullable: true }) startDate!: string | null;
  @Field(() => PartialDateScalar, { nullable: true }) endDate!: string | null;
}

@ObjectType({ description: "An organization's part in a programme." })
export class Participation {
  organizationId!: string;
  programmeSlug!: string;
  /** The programme's row, when the query that read the participation brought it. */
  programme?: Programme;
  sourceIds!: string[];
  sourceQuotes!: string[];
  @Field(() => String, { nullable: true, description: 'participant, co-founder, donor, partner, coordinator, lead … as the source says.' })
  role!: string | null;
}

@ObjectType({ description: 'A signed agreement, such as the 2011 cooperation protocol with the Ministry of Culture.' })
export class Agreement {
  uid!: string;
  partyIds!: string[];
  eventSlug!: string | null;
  @Field() id!: string;
  @Field() name!: string;
  @Field(() => PartialDateScalar, { nullable: true }) signed!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
}

export enum EventRelation {
  ORGANIZER = 'ORGANIZER',
  ADMITTED = 'ADMITTED',
  AGREEMENT_SIGNED = 'AGREEMENT_SIGNED',
}
registerEnumType(EventRelation, {
  name: 'EventRelation',
  description: 'ORGANIZER: organized it; ADMITTED: became a member there; AGREEMENT_SIGNED: party to an agreement signed there.',
});

@ObjectType({ description: 'An event an organization is tied to, and how.' })
export class EventLink {
  eventSlug!: string;
  @Field(() => EventRelation) relation!: EventRelation;
}
