import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { PartialDateScalar } from '../../shared/scalars';
import { Node } from '../node/node.type';

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
registerEnumType(EventKind, {
  name: 'EventKind',
  description: 'What kind of event it is.',
  valuesConfig: {
    NATIONAL_CONFERENCE: {
      description: 'A national conference of the independent culture scene (those of 2010 and 2011 preceded the association).',
    },
    FOUNDING_ASSEMBLY: { description: 'The assembly that founded the association.' },
    REGULAR_ASSEMBLY: { description: "A regular assembly of the association's members." },
    ELECTORAL_ASSEMBLY: { description: 'An assembly that elected the management board.' },
    FESTIVAL_EDITION: { description: 'One edition of a festival, linked to the festival as its programme.' },
    CAMPAIGN: { description: 'The launch of a campaign.' },
    PUBLIC_STATEMENT: { description: 'A public statement the association issued.' },
    PROTEST: { description: 'A protest rally.' },
    WORKSHOP: { description: 'A workshop.' },
    OTHER: { description: 'Any other event: a presentation, a public discussion, a conference within a festival.' },
  },
});

export enum EventStatus {
  HELD = 'HELD',
  ANNOUNCED = 'ANNOUNCED',
}
registerEnumType(EventStatus, {
  name: 'EventStatus',
  description: 'ANNOUNCED: the sources only announce it; no source confirms it took place.',
  valuesConfig: {
    HELD: { description: 'A source confirms it took place.' },
    ANNOUNCED: { description: 'The sources only announce it.' },
  },
});

export enum ProgrammeKind {
  FESTIVAL = 'FESTIVAL',
  PROJECT = 'PROJECT',
  FUND = 'FUND',
  CAMPAIGN = 'CAMPAIGN',
  PUBLICATION = 'PUBLICATION',
  OTHER = 'OTHER',
}
registerEnumType(ProgrammeKind, {
  name: 'ProgrammeKind',
  description: 'What kind of programme it is.',
  valuesConfig: {
    FESTIVAL: { description: 'A festival with editions (events).' },
    PROJECT: { description: 'A project with partners.' },
    FUND: { description: 'A fund.' },
    CAMPAIGN: { description: 'A campaign.' },
    PUBLICATION: { description: 'A publication, such as a magazine.' },
    OTHER: { description: 'Any other ongoing activity, such as an analysis repeated each year or a series of forums.' },
  },
});

@ObjectType({ implements: Node, description: 'A conference, assembly, festival edition, campaign, statement or other dated happening.' })
export class Event {
  uid!: string;
  citySlug!: string | null;
  programmeSlug!: string | null;

  @Field({ description: 'The key of the event: lower-case ASCII words joined by hyphens ("founding-assembly-2011-belgrade").' })
  slug!: string;
  @Field(() => EventKind, { description: 'What kind of event it is.' }) kind!: EventKind;
  @Field({ description: 'Its name as its sources give it, usually in Serbian.' }) name!: string;
  @Field(() => String, { nullable: true, description: 'Its name in English.' }) nameEn!: string | null;
  @Field(() => PartialDateScalar, { nullable: true, description: 'The day, month or year it began, with the precision its sources give.' })
  startDate!: string | null;
  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'Null when the source gives no end; equal to startDate for a one-day event.',
  })
  endDate!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Held online (then it has no city); null when the source does not say.' })
  online!: boolean | null;
  @Field(() => EventStatus, { description: 'Whether it is known to have taken place or only announced.' }) status!: EventStatus;
  @Field(() => [String], { description: 'What the sources state about it, in English.' }) facts!: string[];
}

@ObjectType({
  implements: Node,
  description: 'A festival, project, fund, campaign or publication that runs over time; organizations take part in it.',
})
export class Programme {
  uid!: string;
  citySlugs!: string[];
  editionSlugs!: string[];

  @Field({ description: 'The key of the programme: lower-case ASCII words joined by hyphens ("na-sopstveni-pogon").' }) slug!: string;
  @Field({ description: 'Its name as its sources give it.' }) name!: string;
  @Field(() => ProgrammeKind, { description: 'What kind of programme it is.' }) kind!: ProgrammeKind;
  @Field(() => PartialDateScalar, { nullable: true, description: 'When it began (YYYY, YYYY-MM or YYYY-MM-DD, as its sources give it).' })
  startDate!: string | null;
  @Field(() => PartialDateScalar, { nullable: true, description: 'When it ended; null when no end is known (it may still run).' })
  endDate!: string | null;
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

@ObjectType({ implements: Node, description: 'A signed agreement, such as the 2011 cooperation protocol with the Ministry of Culture.' })
export class Agreement {
  uid!: string;
  partyIds!: string[];
  eventSlug!: string | null;
  @Field(() => ID, { description: 'The key of the agreement ("agreement-2011-protocol-ministry-of-culture").' }) id!: string;
  @Field({ description: 'Its name as its sources give it ("Protokol o saradnji").' }) name!: string;
  @Field(() => PartialDateScalar, { nullable: true, description: 'When it was signed, with the precision its sources give.' })
  signed!: string | null;
  @Field(() => String, { nullable: true, description: 'What the dataset adds about it, in English.' }) note!: string | null;
}

export enum EventRelation {
  ORGANIZER = 'ORGANIZER',
  ADMITTED = 'ADMITTED',
  AGREEMENT_SIGNED = 'AGREEMENT_SIGNED',
}
registerEnumType(EventRelation, {
  name: 'EventRelation',
  description: 'ORGANIZER: organized it; ADMITTED: became a member there; AGREEMENT_SIGNED: party to an agreement signed there.',
  valuesConfig: {
    ORGANIZER: { description: 'The organization organized the event.' },
    ADMITTED: { description: 'The organization was admitted to the association at the event.' },
    AGREEMENT_SIGNED: { description: 'The organization is a party to an agreement signed at the event.' },
  },
});

@ObjectType({ description: 'An event an organization is tied to, and how.' })
export class EventLink {
  eventSlug!: string;
  @Field(() => EventRelation, { description: 'How the organization is tied to the event.' }) relation!: EventRelation;
}
