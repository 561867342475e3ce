import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CountQualifier, MembershipReport } from '../association/association.type';

export enum DecentralizationLevel {
  CITY = 'CITY',
  DISTRICT = 'DISTRICT',
  REGION = 'REGION',
}
registerEnumType(DecentralizationLevel, {
  name: 'DecentralizationLevel',
  description:
    'The units members are grouped into. CITY: a local self-government unit (a city or municipality); a settlement or city ' +
    'municipality rolls up along PART_OF (Zabrežje → Obrenovac → Beograd), so the City of Belgrade is one unit. DISTRICT: the ' +
    "unit's district (okrug); the City of Belgrade, which belongs to no district, counts as its own unit. REGION: the statistical region.",
  valuesConfig: {
    CITY: { description: 'Local self-government units: cities and municipalities, settlements rolled up into them.' },
    DISTRICT: { description: 'Districts (okrugs); the City of Belgrade counts as its own unit.' },
    REGION: { description: 'Statistical regions.' },
  },
});

export enum DecentralizationBasis {
  AUTO = 'AUTO',
  MEMBERS = 'MEMBERS',
  REPORT = 'REPORT',
}
registerEnumType(DecentralizationBasis, {
  name: 'DecentralizationBasis',
  description:
    'What the answer is computed from. MEMBERS: the member-level data (members known for certain to have joined by the date, ' +
    'grouped by the unit of the place they are based in). REPORT: the membership report that counts on the date (the latest ' +
    'dated report whose date is wholly on or before it; among reports of that same date that disagree, the association’s own ' +
    'page wins): its total and, where it lists them, its cities; a report gives no counts per unit. AUTO (the default): MEMBERS ' +
    'when no report counts on the date, when that report states no member count, or when the members known cover its count ' +
    '(known ≥ reported; > reported for a "more than" count); REPORT otherwise.',
  valuesConfig: {
    AUTO: { description: 'MEMBERS when the member data is complete against the report that counts (or there is none), else REPORT.' },
    MEMBERS: { description: 'Member-level data, whatever its coverage.' },
    REPORT: { description: 'The report that counts on the date.' },
  },
});

export enum DecentralizationUnitKind {
  CITY = 'CITY',
  DISTRICT = 'DISTRICT',
  REGION = 'REGION',
}
registerEnumType(DecentralizationUnitKind, {
  name: 'DecentralizationUnitKind',
  description: 'What a unit is: a local self-government unit (CITY; also the City of Belgrade at DISTRICT level), a DISTRICT or a REGION.',
  valuesConfig: {
    CITY: { description: 'A local self-government unit: a city or municipality.' },
    DISTRICT: { description: 'A district (okrug).' },
    REGION: { description: 'A statistical region.' },
  },
});

@ObjectType({ description: 'One unit reached: a local self-government unit, a district or a region.' })
export class DecentralizationUnit {
  sortKey!: string;
  @Field(() => DecentralizationUnitKind, { description: 'Whether the unit is a city or municipality, a district or a region.' })
  kind!: DecentralizationUnitKind;
  @Field({ description: 'The slug of the city, district or region.' }) slug!: string;
  @Field({ description: 'The name of the city, district or region (Serbian, Latin script).' }) name!: string;
  @Field(() => Int, {
    nullable: true,
    description: 'Members based in the unit; null on the REPORT basis (a report gives no counts per unit).',
  })
  members!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: "s_i = the unit's members ÷ the members in all units (members with no known place excluded); rounded to 6 decimals.",
  })
  share!: number | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'Census population of the unit (2022, else 2011; see populationYear); CITY level only: districts and regions carry no population.',
  })
  population!: number | null;
  @Field(() => Int, { nullable: true, description: 'The census year of `population`: 2022 where known, else 2011.' })
  populationYear!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'members ÷ population × 100,000; null without members or a population (always at DISTRICT and REGION level); rounded to 6 decimals.',
  })
  perHundredThousand!: number | null;
}

@ObjectType({ description: 'How complete the member-level data is against the report that counts on the date.' })
export class DecentralizationCoverage {
  @Field(() => Int, { description: 'Members in the graph known for certain to have joined by the date (and not known to have left).' })
  membersKnown!: number;
  @Field(() => Int, { description: 'Members whose start date (e.g. only a year) may or may not be on or before the date; not counted.' })
  membersPossible!: number;
  @Field(() => Int, { nullable: true, description: "The report's member count; null when no report counts on the date." })
  membersReported!: number | null;
  @Field(() => CountQualifier, { nullable: true, description: 'How exact membersReported is; null when no report counts on the date.' })
  membersReportedQualifier!: CountQualifier | null;
  @Field(() => Float, {
    nullable: true,
    description: 'membersKnown ÷ membersReported, rounded to 6 decimals; null without a reported count.',
  })
  ratio!: number | null;
}

@ObjectType({
  description:
    'How the members of an association spread over the units of a level on a date, from member-level data or from its own ' +
    'membership reports (see `basis`). Every limitation of the answer is stated in `notes`.',
})
export class Decentralization {
  @Field({ description: 'The date asked about, YYYY-MM-DD.' }) asOf!: string;
  @Field(() => DecentralizationLevel, { description: 'The level asked for: the units members are grouped into.' })
  level!: DecentralizationLevel;
  @Field(() => DecentralizationBasis, { description: 'The basis used: MEMBERS or REPORT (never AUTO).' }) basis!: DecentralizationBasis;
  @Field(() => DecentralizationBasis, { description: 'The basis asked for.' }) requestedBasis!: DecentralizationBasis;
  @Field(() => MembershipReport, {
    nullable: true,
    description:
      'The report that counts on the date: the latest dated report whose date is wholly on or before it (a report dated "2012" ' +
      "counts from 2012-12-31); among reports of that date that disagree, the association's own page. Null when there is none.",
  })
  report!: MembershipReport | null;
  @Field(() => [MembershipReport], { description: 'Other reports of the same date that disagree with `report`, with their sources.' })
  disagreeingReports!: MembershipReport[];
  @Field(() => DecentralizationCoverage, { description: 'How complete the member-level data is against the report that counts.' })
  coverage!: DecentralizationCoverage;
  @Field(() => Int, {
    nullable: true,
    description: "Members counted: the certain members (MEMBERS) or the report's member count (REPORT).",
  })
  members!: number | null;
  @Field(() => CountQualifier, { nullable: true, description: 'How exact `members` is.' }) membersQualifier!: CountQualifier | null;
  @Field(() => Int, { nullable: true, description: 'Members in some unit of the level (MEMBERS basis); null on the REPORT basis.' })
  membersInUnits!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Members counted in the total but in no unit (no known place, or a place outside every unit of the level).',
  })
  membersWithoutUnit!: number | null;
  @Field(() => Int, {
    nullable: true,
    description:
      "Units with at least one member. From a report with a city list: the list's units at the level; from a report without one: " +
      'its city count with its qualifier (CITY level only; null at DISTRICT and REGION level).',
  })
  unitsReached!: number | null;
  @Field(() => CountQualifier, { nullable: true, description: 'How exact `unitsReached` is (a report may say "about" or "more than").' })
  unitsReachedQualifier!: CountQualifier | null;
  @Field(() => [DecentralizationUnit], {
    nullable: true,
    description: 'The units reached: most members first, then by name (REPORT basis: by name). Null when a report lists no cities.',
  })
  units!: DecentralizationUnit[] | null;
  @Field(() => [DecentralizationUnit], {
    nullable: true,
    description:
      'Units reached now and not at the previous step (`comparedWith`): steps are the held assemblies of the association (at ' +
      'their end date, else start) and the dates of its dated reports; the previous step is the one before the latest step on ' +
      'or before `asOf`, measured on the same basis rule; by name. With no earlier step every unit is new. Null when either side has no unit list.',
  })
  newUnits!: DecentralizationUnit[] | null;
  @Field(() => String, { nullable: true, description: 'The previous step `newUnits` compares with, YYYY-MM-DD; null when there is none.' })
  comparedWith!: string | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'Members based outside the City of Belgrade ÷ members with a known local self-government unit (the same at every level); ' +
      'rounded to 6 decimals; null without counts per unit.',
  })
  shareOutsideCapital!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'Herfindahl–Hirschman index Σ s_i² over the units reached, s_i the share of unit i: 1 = all members in one unit, 1/n = spread ' +
      'evenly over n units (0..1); rounded to 6 decimals; null without counts per unit.',
  })
  herfindahlHirschman!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'Normalized Shannon entropy −Σ s_i ln s_i / ln n over the n units reached: 1 = spread evenly, 0 = concentrated; defined as 0 ' +
      'when n ≤ 1; rounded to 6 decimals; null without counts per unit.',
  })
  entropy!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'Gini coefficient of the member counts c_i over the n units reached: G = Σ_i Σ_j |c_i − c_j| / (2 n² c̄), c̄ the mean count; ' +
      '0 = every unit has as many members, at most 1 − 1/n; 0 for one unit; rounded to 6 decimals; null without counts per unit.',
  })
  gini!: number | null;
  @Field(() => [String], { description: 'What the answer rests on and why any measure is null, in plain words.' }) notes!: string[];
}

@ObjectType({ description: 'One step of a decentralization trend: a held assembly or a report date.' })
export class DecentralizationStep {
  eventSlug!: string | null;
  @Field({ description: 'The step date, YYYY-MM-DD: an assembly’s end (else start) date, or the last day a report’s date covers.' })
  asOf!: string;
  @Field(() => [MembershipReport], { description: 'The reports dated to this step.' }) reports!: MembershipReport[];
  @Field(() => Int, { nullable: true, description: 'Same as decentralization.unitsReached.' }) unitsReached!: number | null;
  @Field(() => CountQualifier, { nullable: true, description: 'Same as decentralization.unitsReachedQualifier.' })
  unitsReachedQualifier!: CountQualifier | null;
  @Field(() => [DecentralizationUnit], {
    nullable: true,
    description: 'Same as decentralization.newUnits: units not reached at the previous step.',
  })
  newUnits!: DecentralizationUnit[] | null;
  @Field(() => Decentralization, { description: 'All measures at this date, on the AUTO basis.' }) decentralization!: Decentralization;
}
