import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PartialDateScalar } from '../../shared/scalars';
import { Organization } from '../organizations/organization.type';
import { Node } from '../node/node.type';

@ObjectType({ description: 'An association of organizations (the NKSS). It is an organization too: it partners and joins networks.' })
export class Association extends Organization {
  @Field(() => String, { nullable: true, description: 'Its name in English ("Independent Culture Scene of Serbia").' }) nameEn!:
    string | null;
  @Field(() => String, { nullable: true, description: 'Its acronym ("NKSS").' }) acronym!: string | null;
  @Field(() => String, { nullable: true, description: 'Its self-description, from its own pages.' }) mission!: string | null;
}

export enum TitleOrigin {
  PUBLISHED = 'PUBLISHED',
  DATASET_TRANSLATION = 'DATASET_TRANSLATION',
}
registerEnumType(TitleOrigin, {
  name: 'TitleOrigin',
  description: 'PUBLISHED: an English rendering published by a source; DATASET_TRANSLATION: translated for this dataset.',
  valuesConfig: {
    PUBLISHED: { description: 'A source published this English text.' },
    DATASET_TRANSLATION: { description: 'Translated from the Serbian for this dataset; no source published it.' },
  },
});

@ObjectType({ implements: Node, description: 'A statutory goal of the association.' })
export class Goal {
  uid!: string;
  @Field({ description: "G01–G11: ordinals in the statute's order." }) code!: string;
  @Field({ description: 'The Serbian text of the statute.' }) titleSr!: string;
  @Field({ description: 'The goal in English; titleEnOrigin says who translated it.' }) titleEn!: string;
  @Field(() => TitleOrigin, { description: 'Whether a source published the English text or this dataset translated it.' })
  titleEnOrigin!: TitleOrigin;
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
  valuesConfig: {
    EXACT: { description: 'The count is stated exactly.' },
    ABOUT: { description: 'The count is approximate ("oko", "about").' },
    MORE_THAN: { description: 'The count is a lower bound ("više od", "more than").' },
  },
});

@ObjectType({
  implements: Node,
  description: 'Counts (and sometimes the city list) the association or the press reported on a date. Reports can disagree; all are kept.',
})
export class MembershipReport {
  uid!: string;
  eventSlug!: string | null;
  citySlugs!: string[];
  listsCities!: boolean;
  /** `inferred` as the loader stores it (two parallel lists); resolved in association.resolver.ts. */
  inferredFields?: string[] | null;
  inferredRules?: string[] | null;

  @Field(() => ID, { description: 'The key of the report ("report-2011-07-03-nkss").' }) id!: string;
  @Field(() => PartialDateScalar, { nullable: true, description: 'Null for an undated page; such a report answers no as-of question.' })
  asOf!: string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'How many members the report counts, read with memberQualifier; null when it gives none.',
  })
  memberCount!: number | null;
  @Field(() => CountQualifier, { description: 'Whether memberCount is exact, approximate or a lower bound.' })
  memberQualifier!: CountQualifier;
  @Field(() => String, {
    nullable: true,
    description: 'What was counted, when the source says (e.g. organizations, initiatives and individuals).',
  })
  memberUnit!: string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'How many cities the members are in, read with cityQualifier; null when the report gives none.',
  })
  cityCount!: number | null;
  @Field(() => CountQualifier, {
    nullable: true,
    description: 'Whether cityCount is exact, approximate or a lower bound; null with no cityCount.',
  })
  cityQualifier!: CountQualifier | null;
  @Field(() => String, { nullable: true, description: 'What the city count counts (e.g. cities and municipalities).' }) cityUnit!:
    string | null;
  @Field({ description: "From the association's own page (wins over the press when reports of one date disagree)." }) primary!: boolean;
  @Field(() => String, { nullable: true, description: 'Where the report comes from and how to read it, in English.' }) note!: string | null;
}

@ObjectType({ description: 'Members on a date, from member-level data.' })
export class MemberCount {
  @Field({ description: 'The date asked about (YYYY-MM-DD).' }) asOf!: string;
  @Field(() => Int, { description: 'Known for certain to have joined by then.' }) certain!: number;
  @Field(() => Int, { description: 'Joined in a period (e.g. "2012") that contains the date: maybe members by then.' }) possible!: number;
}

@ObjectType({ description: 'A city (local self-government unit) with how many members are based there.' })
export class MemberCity {
  citySlug!: string;
  @Field(() => Int, { description: 'How many members certain on the date are based there or in a place within it.' }) memberCount!: number;
}

export interface MemberSummary {
  asOf: string;
  certain: number;
  possible: number;
  cities: MemberCity[];
}
