import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PartialDateScalar } from '../../shared/scalars';
import { Organization } from '../organizations/organization.type';

@ObjectType({ description: 'An association of organizations (the NKSS). It is an organization too: it partners and joins networks.' })
export class Association extends Organization {
  @Field(() => String, { nullable: true }) nameEn!: string | null;
  @Field(() => String, { nullable: true }) acronym!: string | null;
  @Field(() => String, { nullable: true, description: 'Its self-description, from its own pages.' }) mission!: string | null;
}

export enum TitleOrigin {
  PUBLISHED = 'PUBLISHED',
  DATASET_TRANSLATION = 'DATASET_TRANSLATION',
}
registerEnumType(TitleOrigin, {
  name: 'TitleOrigin',
  description: 'PUBLISHED: an English rendering published by a source; DATASET_TRANSLATION: translated for this dataset.',
});

@ObjectType({ description: 'A statutory goal of the association.' })
export class Goal {
  uid!: string;
  @Field({ description: "G01–G11: ordinals in the statute's order." }) code!: string;
  @Field({ description: 'The Serbian text of the statute.' }) titleSr!: string;
  @Field() titleEn!: string;
  @Field(() => TitleOrigin) titleEnOrigin!: TitleOrigin;
  @Field(() => [String], { description: 'Editorial tags of this dataset for the analytics (e.g. decentralization); not sourced facts.' })
  themes!: string[];
}

export enum CountQualifier {
  EXACT = 'EXACT',
  ABOUT = 'ABOUT',
  MORE_THAN = 'MORE_THAN',
}
registerEnumType(CountQualifier, {
  name: 'CountQualifier',
  description: 'How the source states a count: exactly, about ("oko"), more than ("više od").',
});

@ObjectType({
  description: 'Counts (and sometimes the city list) the association or the press reported on a date. Reports can disagree; all are kept.',
})
export class MembershipReport {
  uid!: string;
  eventSlug!: string | null;
  citySlugs!: string[];
  listsCities!: boolean;

  @Field() id!: string;
  @Field(() => PartialDateScalar, { nullable: true, description: 'Null for an undated page; such a report answers no as-of question.' })
  asOf!: string | null;
  @Field(() => Int, { nullable: true }) memberCount!: number | null;
  @Field(() => CountQualifier) memberQualifier!: CountQualifier;
  @Field(() => String, {
    nullable: true,
    description: 'What was counted, when the source says (e.g. organizations, initiatives and individuals).',
  })
  memberUnit!: string | null;
  @Field(() => Int, { nullable: true }) cityCount!: number | null;
  @Field(() => CountQualifier, { nullable: true }) cityQualifier!: CountQualifier | null;
  @Field(() => String, { nullable: true, description: 'What the city count counts (e.g. cities and municipalities).' }) cityUnit!:
    string | null;
  @Field({ description: "From the association's own page (wins over the press when reports of one date disagree)." }) primary!: boolean;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType({ description: 'Members on a date, from member-level data.' })
export class MemberCount {
  @Field() asOf!: string;
  @Field(() => Int, { description: 'Known for certain to have joined by then.' }) certain!: number;
  @Field(() => Int, { description: 'Joined in a period (e.g. "2012") that contains the date: maybe members by then.' }) possible!: number;
}

@ObjectType({ description: 'A city (local self-government unit) with how many members are based there.' })
export class MemberCity {
  citySlug!: string;
  @Field(() => Int) memberCount!: number;
}

export interface MemberSummary {
  asOf: string;
  certain: number;
  possible: number;
  cities: MemberCity[];
}
