import {
  ArrayMaxSize,
  IsBoolean,
  IsInt,
  IsNumber,
  IsOptional,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ID_PATTERN, SLUG_PATTERN } from '../../shared/validators';
import { CountQualifier, TitleOrigin } from '../association/association.type';
import { EventKind, EventStatus, ProgrammeKind } from '../events/event.type';
import { OrganizationKind, Sector } from '../organizations/organization.type';
import { CityType } from '../places/place.type';
import { CitationInput, PARTIAL_DATE, URL } from './curation.inputs';

// Inputs of the mutations the record factory makes (record.resolver.ts): for each section a `…Changes` (every field
// optional: not given keeps the value, null clears it) and a `…Input` that extends it with the key and the required
// fields. As in curation.inputs.ts, these bound size and shape only; what a fact must be (references, dates, at least
// one citation) is the dataset validator's (src/dataset/validate.ts), which every write runs.

const all =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) => {
    for (const decorator of decorators) decorator(target, key);
  };
const Slug = (): PropertyDecorator => all(MaxLength(120), Matches(SLUG_PATTERN));
const DatasetId = (): PropertyDecorator => all(MaxLength(120), Matches(ID_PATTERN));
const Optional = (...decorators: PropertyDecorator[]): PropertyDecorator => all(IsOptional(), ...decorators);
const PartialDate = (): PropertyDecorator => Optional(Matches(PARTIAL_DATE));
const Code = (): PropertyDecorator => Matches(/^[A-Z]{2}$/);
const Text = (max: number): PropertyDecorator => Length(1, max);
const Citations = (): PropertyDecorator => all(ArrayMaxSize(50), ValidateNested());
const DATE = 'YYYY, YYYY-MM or YYYY-MM-DD; null: unknown.';
/** A record's citations in a changes input: they replace its own. */
const CitationsChange = (): PropertyDecorator =>
  all(
    Field(() => [CitationInput], { nullable: true, description: 'Replaces its citations; at least one.' }),
    Optional(Citations()),
  );
/** A new record's citations. */
const CitationsRequired = (): PropertyDecorator =>
  all(
    Field(() => [CitationInput], { description: 'At least one.' }),
    Citations(),
  );

@InputType({ description: 'Fields of a person to change; those not given keep their value, null clears one.' })
export class PersonChanges {
  @Field({ nullable: true, description: 'Lowercase words joined by hyphens, unique among people.' })
  @Optional(Slug())
  slug?: string;

  @Field({ nullable: true, description: 'The name as the sources write it.' })
  @Optional(Text(300))
  name?: string;

  @Field(() => [String], { nullable: true, description: 'Other forms of the name (Cyrillic …).' })
  @Optional(ArrayMaxSize(20), MaxLength(300, { each: true }))
  aliases?: string[];

  @Field(() => String, { nullable: true, description: 'Slug of the city they work in.' })
  @Optional(Slug())
  city?: string | null;

  @CitationsChange()
  sources?: CitationInput[];
}

@InputType({ description: 'A new person and the sources that state them.' })
export class PersonInput extends PersonChanges {
  @Field({ description: 'Chosen by the client (person-<slug> by convention), so a retried create writes nothing twice.' })
  @DatasetId()
  id!: string;

  @Field({ description: 'Lowercase words joined by hyphens, unique among people.' })
  @Slug()
  declare slug: string;

  @Field({ description: 'The name as the sources write it.' })
  @Text(300)
  declare name: string;

  @CitationsRequired()
  declare sources: CitationInput[];
}

@InputType({ description: 'Fields of a city (or municipality, or settlement) to change; null clears one.' })
export class CityChanges {
  @Field({ nullable: true, description: 'Its name in Serbian Latin script.' })
  @Optional(Text(200))
  name?: string;

  @Field(() => String, { nullable: true, description: 'Its name in Cyrillic.' })
  @Optional(MaxLength(200))
  nameCyr?: string | null;

  @Field(() => String, { nullable: true, description: 'Its English name when it differs.' })
  @Optional(MaxLength(200))
  nameEn?: string | null;

  @Field(() => CityType, { nullable: true, description: 'City, municipality or settlement.' })
  @IsOptional()
  type?: CityType | null;

  @Field(() => String, { nullable: true, description: 'Slug of the city it is part of.' })
  @Optional(Slug())
  partOf?: string | null;

  @Field(() => String, { nullable: true, description: 'Slug of its district.' })
  @Optional(Slug())
  district?: string | null;

  @Field(() => String, { nullable: true, description: 'Slug of its region when it has no district.' })
  @Optional(Slug())
  region?: string | null;

  @Field({ nullable: true, description: 'ISO 3166 code of its country.' })
  @Optional(Code())
  country?: string;

  @Field(() => Float, { nullable: true, description: 'Latitude, WGS 84.' })
  @Optional(IsNumber(), Min(-90), Max(90))
  lat?: number | null;

  @Field(() => Float, { nullable: true, description: 'Longitude, WGS 84.' })
  @Optional(IsNumber(), Min(-180), Max(180))
  lon?: number | null;

  @Field(() => Int, { nullable: true, description: 'Population in the 2022 census.' })
  @Optional(IsInt(), Min(0))
  population2022?: number | null;

  @Field(() => Int, { nullable: true, description: 'Population in the 2011 census.' })
  @Optional(IsInt(), Min(0))
  population2011?: number | null;

  @Field(() => String, { nullable: true, description: 'What the population counts (the settlement, the municipality …).' })
  @Optional(MaxLength(100))
  populationUnit?: string | null;

  @CitationsChange()
  sources?: CitationInput[];
}

@InputType({ description: 'A new city (or municipality, or settlement) and the sources that state it.' })
export class CityInput extends CityChanges {
  @Field({ description: 'Lowercase ASCII words joined by hyphens, unique among cities; a retried create writes nothing twice.' })
  @Slug()
  slug!: string;

  @Field({ description: 'Its name in Serbian Latin script.' })
  @Text(200)
  declare name: string;

  @Field({ description: 'ISO 3166 code of its country.' })
  @Code()
  declare country: string;

  @CitationsRequired()
  declare sources: CitationInput[];
}

@InputType({ description: 'Fields of a country to change; null clears one.' })
export class CountryChanges {
  @Field({ nullable: true, description: 'Its English name.' })
  @Optional(Text(200))
  name?: string;

  @Field({ nullable: true, description: 'Its Serbian name.' })
  @Optional(Text(200))
  nameSr?: string;

  @Field({ nullable: true, description: 'In Southeast Europe (the regional cooperation counts it).' })
  @Optional(IsBoolean())
  southeastEurope?: boolean;

  @Field(() => [CitationInput], { nullable: true, description: 'Replaces its citations (a country may have none).' })
  @Optional(Citations())
  sources?: CitationInput[] | null;
}

@InputType({ description: 'A new country.' })
export class CountryInput extends CountryChanges {
  @Field({ description: 'ISO 3166 alpha-2 code (XK for Kosovo); a retried create writes nothing twice.' })
  @Code()
  code!: string;

  @Field({ description: 'Its English name.' })
  @Text(200)
  declare name: string;

  @Field({ description: 'Its Serbian name.' })
  @Text(200)
  declare nameSr: string;

  @Field({ description: 'In Southeast Europe.' })
  @IsBoolean()
  declare southeastEurope: boolean;
}

@InputType({ description: 'Fields of a region to change; null clears one.' })
export class RegionChanges {
  @Field({ nullable: true, description: 'Its name in Serbian.' })
  @Optional(Text(200))
  name?: string;

  @Field(() => String, { nullable: true, description: 'Its English name.' })
  @Optional(MaxLength(200))
  nameEn?: string | null;

  @Field({ nullable: true, description: 'ISO 3166 code of its country.' })
  @Optional(Code())
  country?: string;

  @CitationsChange()
  sources?: CitationInput[];
}

@InputType({ description: 'A new region and the sources that state it.' })
export class RegionInput extends RegionChanges {
  @Field({ description: 'Lowercase ASCII words joined by hyphens; a retried create writes nothing twice.' })
  @Slug()
  slug!: string;

  @Field({ description: 'Its name in Serbian.' })
  @Text(200)
  declare name: string;

  @Field({ description: 'ISO 3166 code of its country.' })
  @Code()
  declare country: string;

  @CitationsRequired()
  declare sources: CitationInput[];
}

@InputType({ description: 'Fields of a district to change; null clears one.' })
export class DistrictChanges {
  @Field({ nullable: true, description: 'Its name in Serbian Latin script.' })
  @Optional(Text(200))
  name?: string;

  @Field(() => String, { nullable: true, description: 'Its name in Cyrillic.' })
  @Optional(MaxLength(200))
  nameCyr?: string | null;

  @Field(() => String, { nullable: true, description: 'Slug of its seat (a city).' })
  @Optional(Slug())
  seat?: string | null;

  @Field({ nullable: true, description: 'Slug of its region.' })
  @Optional(Slug())
  region?: string;

  @CitationsChange()
  sources?: CitationInput[];
}

@InputType({ description: 'A new district and the sources that state it.' })
export class DistrictInput extends DistrictChanges {
  @Field({ description: 'Lowercase ASCII words joined by hyphens; a retried create writes nothing twice.' })
  @Slug()
  slug!: string;

  @Field({ description: 'Its name in Serbian Latin script.' })
  @Text(200)
  declare name: string;

  @Field({ description: 'Slug of its region.' })
  @Slug()
  declare region: string;

  @CitationsRequired()
  declare sources: CitationInput[];
}

@InputType({ description: 'Fields of an event to change; those not given keep their value, null clears one.' })
export class EventChanges {
  @Field(() => EventKind, { nullable: true, description: 'What kind of event it is.' })
  @IsOptional()
  kind?: EventKind;

  @Field({ nullable: true, description: 'Its name as the sources write it.' })
  @Optional(Text(300))
  name?: string;

  @Field(() => String, { nullable: true, description: 'Its English name.' })
  @Optional(MaxLength(300))
  nameEn?: string | null;

  @Field(() => String, { nullable: true, description: `When it began: ${DATE}` })
  @PartialDate()
  start?: string | null;

  @Field(() => String, { nullable: true, description: `When it ended: ${DATE}` })
  @PartialDate()
  end?: string | null;

  @Field(() => String, { nullable: true, description: 'Slug of the city it was held in.' })
  @Optional(Slug())
  city?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Held online; null: not stated.' })
  @Optional(IsBoolean())
  online?: boolean | null;

  @Field(() => EventStatus, { nullable: true, description: 'Held, or announced only.' })
  @IsOptional()
  status?: EventStatus;

  @Field(() => [String], { nullable: true, description: 'Short facts the sources state about it.' })
  @Optional(ArrayMaxSize(50), MaxLength(1000, { each: true }))
  facts?: string[];

  @Field(() => [String], { nullable: true, description: 'Ids of the organizations that organized it.' })
  @Optional(ArrayMaxSize(50), MaxLength(120, { each: true }), Matches(ID_PATTERN, { each: true }))
  organizers?: string[];

  @Field(() => String, { nullable: true, description: 'Slug of the programme it is an edition of.' })
  @Optional(Slug())
  programme?: string | null;

  @CitationsChange()
  sources?: CitationInput[];
}

@InputType({ description: 'A new event and the sources that state it.' })
export class EventInput extends EventChanges {
  @Field({ description: 'Lowercase ASCII words joined by hyphens, unique; a retried create writes nothing twice.' })
  @Slug()
  slug!: string;

  @Field(() => EventKind, { description: 'What kind of event it is.' })
  declare kind: EventKind;

  @Field({ description: 'Its name as the sources write it.' })
  @Text(300)
  declare name: string;

  @Field(() => EventStatus, { description: 'Held, or announced only.' })
  declare status: EventStatus;

  @CitationsRequired()
  declare sources: CitationInput[];
}

@InputType({ description: 'Fields of a programme (a festival, a project …) to change; null clears one.' })
export class ProgrammeChanges {
  @Field({ nullable: true, description: 'Its name as the sources write it.' })
  @Optional(Text(300))
  name?: string;

  @Field(() => ProgrammeKind, { nullable: true, description: 'What kind of programme it is.' })
  @IsOptional()
  kind?: ProgrammeKind;

  @Field(() => String, { nullable: true, description: `When it began: ${DATE}` })
  @PartialDate()
  start?: string | null;

  @Field(() => String, { nullable: true, description: `When it ended: ${DATE}` })
  @PartialDate()
  end?: string | null;

  @Field(() => [String], { nullable: true, description: 'Slugs of the cities it was held in.' })
  @Optional(ArrayMaxSize(100), Matches(SLUG_PATTERN, { each: true }))
  cities?: string[];

  @Field(() => [String], { nullable: true, description: 'ISO 3166 codes of the countries it spans.' })
  @Optional(ArrayMaxSize(60), Matches(/^[A-Z]{2}$/, { each: true }))
  countries?: string[];

  @CitationsChange()
  sources?: CitationInput[];
}

@InputType({ description: 'A new programme and the sources that state it.' })
export class ProgrammeInput extends ProgrammeChanges {
  @Field({ description: 'Lowercase ASCII words joined by hyphens, unique; a retried create writes nothing twice.' })
  @Slug()
  slug!: string;

  @Field({ description: 'Its name as the sources write it.' })
  @Text(300)
  declare name: string;

  @Field(() => ProgrammeKind, { description: 'What kind of programme it is.' })
  declare kind: ProgrammeKind;

  @CitationsRequired()
  declare sources: CitationInput[];
}

@InputType({ description: 'Fields of a partnership to change (its two organizations stay); null clears one.' })
export class PartnershipChanges {
  @Field({ nullable: true, description: 'AGREEMENT, CO_FOUNDING or COOPERATION.' })
  @Optional(Matches(/^(AGREEMENT|CO_FOUNDING|COOPERATION)$/))
  kind?: string;

  @Field(() => String, { nullable: true, description: `Since when: ${DATE}` })
  @PartialDate()
  since?: string | null;

  @Field(() => String, { nullable: true, description: `Until when: ${DATE}` })
  @PartialDate()
  until?: string | null;

  @Field(() => String, { nullable: true, description: 'The agreement id or programme slug it runs through.' })
  @Optional(MaxLength(120))
  via?: string | null;

  @Field(() => String, { nullable: true, description: 'A note on it, in English.' })
  @Optional(MaxLength(2000))
  note?: string | null;

  @CitationsChange()
  sources?: CitationInput[];
}

@InputType({ description: 'A new partnership between two organizations, and the sources that state it.' })
export class PartnershipInput extends PartnershipChanges {
  @Field({ description: 'Chosen by the client, unique among partnerships; a retried create writes nothing twice.' })
  @DatasetId()
  id!: string;

  @Field(() => ID, { description: 'Id of one organization.' })
  @DatasetId()
  from!: string;

  @Field(() => ID, { description: 'Id of the other organization.' })
  @DatasetId()
  to!: string;

  @Field({ description: 'AGREEMENT, CO_FOUNDING or COOPERATION.' })
  @Matches(/^(AGREEMENT|CO_FOUNDING|COOPERATION)$/)
  declare kind: string;

  @CitationsRequired()
  declare sources: CitationInput[];
}

@InputType({ description: "Fields of an organization's membership of a network to change; null clears one." })
export class NetworkMembershipChanges {
  @Field(() => String, { nullable: true, description: `Since when: ${DATE}` })
  @PartialDate()
  since?: string | null;

  @Field(() => String, { nullable: true, description: 'Its role in the network (founding member …).' })
  @Optional(MaxLength(200))
  role?: string | null;

  @CitationsChange()
  sources?: CitationInput[];
}

@InputType({ description: 'An organization that is a member of a network, and the sources that state it.' })
export class NetworkMembershipInput extends NetworkMembershipChanges {
  @Field(() => ID, { description: 'Id of the member organization.' })
  @DatasetId()
  organization!: string;

  @Field(() => ID, { description: 'Id of the network (an organization).' })
  @DatasetId()
  network!: string;

  @CitationsRequired()
  declare sources: CitationInput[];
}

@InputType({ description: "Fields of an organization's participation in a programme to change: its citations." })
export class ParticipationChanges {
  @CitationsChange()
  sources?: CitationInput[];
}

@InputType({ description: 'An organization that took part in a programme (in a role), and the sources that state it.' })
export class ParticipationInput extends ParticipationChanges {
  @Field(() => ID, { description: 'Id of the organization.' })
  @DatasetId()
  organization!: string;

  @Field({ description: 'Slug of the programme.' })
  @Slug()
  programme!: string;

  @Field(() => String, { nullable: true, description: 'Its role (partner, organizer …); part of the record key.' })
  @Optional(Length(1, 80), Matches(/^[^/]+$/))
  role?: string | null;

  @CitationsRequired()
  declare sources: CitationInput[];
}

@InputType({ description: 'Fields of a board role to change; null clears one.' })
export class BoardRoleChanges {
  @Field({ nullable: true, description: 'The title as the sources give it (president, board member …).' })
  @Optional(Text(200))
  title?: string;

  @Field(() => String, { nullable: true, description: `Since when, as a source states the role began: ${DATE}` })
  @PartialDate()
  since?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `A day a source shows them in the role, when no source states when it began (never read as its start): ${DATE}`,
  })
  @PartialDate()
  heldAsOf?: string | null;

  @Field(() => String, { nullable: true, description: `Until when: ${DATE}` })
  @PartialDate()
  until?: string | null;

  @Field(() => String, { nullable: true, description: 'Slug of the assembly (event) that elected them.' })
  @Optional(Slug())
  electedAt?: string | null;

  @CitationsChange()
  sources?: CitationInput[];
}

@InputType({ description: 'A person holding a role on the board of an organization, and the sources that state it.' })
export class BoardRoleInput extends BoardRoleChanges {
  @Field({ description: 'Chosen by the client, unique among roles; a retried create writes nothing twice.' })
  @DatasetId()
  id!: string;

  @Field(() => ID, { description: 'Id of the person.' })
  @DatasetId()
  person!: string;

  @Field(() => ID, { description: 'Id of the organization.' })
  @DatasetId()
  organization!: string;

  @Field({ description: 'The title as the sources give it.' })
  @Text(200)
  declare title: string;

  @CitationsRequired()
  declare sources: CitationInput[];
}

@InputType({ description: 'Fields of a membership report to change; null clears one.' })
export class MembershipReportChanges {
  @Field(() => String, { nullable: true, description: `The date the counts hold for: ${DATE}` })
  @PartialDate()
  asOf?: string | null;

  @Field(() => String, { nullable: true, description: 'Slug of the event (an assembly) it was reported at.' })
  @Optional(Slug())
  event?: string | null;

  @Field(() => Int, { nullable: true, description: 'How many members.' })
  @Optional(IsInt(), Min(0))
  memberCount?: number | null;

  @Field(() => CountQualifier, { nullable: true, description: 'Whether the member count is exact, about, or more than.' })
  @IsOptional()
  memberQualifier?: CountQualifier;

  @Field(() => String, { nullable: true, description: 'What the member count counts (organizations, members …).' })
  @Optional(MaxLength(100))
  memberUnit?: string | null;

  @Field(() => Int, { nullable: true, description: 'In how many cities.' })
  @Optional(IsInt(), Min(0))
  cityCount?: number | null;

  @Field(() => CountQualifier, { nullable: true, description: 'Whether the city count is exact, about, or more than.' })
  @IsOptional()
  cityQualifier?: CountQualifier | null;

  @Field(() => String, { nullable: true, description: 'What the city count counts (cities, towns …).' })
  @Optional(MaxLength(100))
  cityUnit?: string | null;

  @Field(() => [String], { nullable: true, description: 'Slugs of the cities it lists; null: it lists none.' })
  @Optional(ArrayMaxSize(200), Matches(SLUG_PATTERN, { each: true }))
  cities?: string[] | null;

  @Field({ nullable: true, description: "The association's own report." })
  @Optional(IsBoolean())
  primary?: boolean;

  @Field(() => String, { nullable: true, description: 'A note on it, in English.' })
  @Optional(MaxLength(2000))
  note?: string | null;

  @CitationsChange()
  sources?: CitationInput[];
}

@InputType({ description: "A report of an association's member count (and cities), and the sources that state it." })
export class MembershipReportInput extends MembershipReportChanges {
  @Field({ description: 'Chosen by the client, unique among reports; a retried create writes nothing twice.' })
  @DatasetId()
  id!: string;

  @Field(() => ID, { description: "The association's id (org-nkss)." })
  @DatasetId()
  association!: string;

  @Field(() => CountQualifier, { description: 'Whether the member count is exact, about, or more than.' })
  declare memberQualifier: CountQualifier;

  // No default: the compiled execution (graphql-jit) does not fill an input field's default from a variable.
  @Field({ description: "The association's own report (true) or another's count of its members (false)." })
  @IsBoolean()
  declare primary: boolean;

  @CitationsRequired()
  declare sources: CitationInput[];
}

@InputType({ description: 'Fields of a statutory goal of the association to change; those not given keep their value.' })
export class GoalChanges {
  @Field({ nullable: true, description: 'The goal in Serbian, as the statute words it.' })
  @Optional(Text(1000))
  titleSr?: string;

  @Field({ nullable: true, description: 'The goal in English.' })
  @Optional(Text(1000))
  titleEn?: string;

  @Field(() => TitleOrigin, { nullable: true, description: 'Whether a source published the English text or this dataset translated it.' })
  @IsOptional()
  titleEnOrigin?: TitleOrigin;

  @Field(() => [String], { nullable: true, description: 'Themes it is filed under (production, decentralization …).' })
  @Optional(ArrayMaxSize(20), Matches(SLUG_PATTERN, { each: true }))
  themes?: string[];

  @CitationsChange()
  sources?: CitationInput[];
}

@InputType({ description: 'A new statutory goal of the association, and the sources that state it.' })
export class GoalInput extends GoalChanges {
  @Field({ description: "Its code (G01 …: ordinals in the statute's order); a retried create writes nothing twice." })
  @Length(1, 20)
  @Matches(/^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/)
  code!: string;

  @Field({ description: 'The goal in Serbian, as the statute words it.' })
  @Text(1000)
  declare titleSr: string;

  @Field({ description: 'The goal in English.' })
  @Text(1000)
  declare titleEn: string;

  @Field(() => TitleOrigin, { description: 'Whether a source published the English text or this dataset translated it.' })
  declare titleEnOrigin: TitleOrigin;

  @CitationsRequired()
  declare sources: CitationInput[];
}

@InputType({ description: 'Fields of an agreement to change; those not given keep their value, null clears one.' })
export class AgreementChanges {
  @Field({ nullable: true, description: 'Its name as the sources write it.' })
  @Optional(Text(300))
  name?: string;

  @Field(() => String, { nullable: true, description: `When it was signed: ${DATE}` })
  @PartialDate()
  signed?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Ids of the organizations that are parties to it.' })
  @Optional(ArrayMaxSize(50), MaxLength(120, { each: true }), Matches(ID_PATTERN, { each: true }))
  parties?: string[];

  @Field(() => String, { nullable: true, description: 'Slug of the event it was signed at.' })
  @Optional(Slug())
  event?: string | null;

  @Field(() => String, { nullable: true, description: 'A note on it, in English.' })
  @Optional(MaxLength(2000))
  note?: string | null;

  @CitationsChange()
  sources?: CitationInput[];
}

@InputType({ description: 'A new agreement between organizations, and the sources that state it.' })
export class AgreementInput extends AgreementChanges {
  @Field({ description: 'Chosen by the client (agreement-<year>-<name> by convention); a retried create writes nothing twice.' })
  @DatasetId()
  id!: string;

  @Field({ description: 'Its name as the sources write it.' })
  @Text(300)
  declare name: string;

  @Field(() => [ID], { description: 'Ids of the organizations that are parties to it.' })
  @ArrayMaxSize(50)
  @MaxLength(120, { each: true })
  @Matches(ID_PATTERN, { each: true })
  declare parties: string[];

  @CitationsRequired()
  declare sources: CitationInput[];
}

@InputType({ description: "Fields of a person's affiliation with an organization to change (its two ends stay); null clears one." })
export class AffiliationChanges {
  @Field(() => String, { nullable: true, description: 'A note on it, in English (how a source lists them).' })
  @Optional(MaxLength(2000))
  note?: string | null;

  @CitationsChange()
  sources?: CitationInput[];
}

@InputType({ description: 'A person who works with an organization (not as a member or a board role), and the sources that state it.' })
export class AffiliationInput extends AffiliationChanges {
  @Field(() => ID, { description: 'Id of the person.' })
  @DatasetId()
  person!: string;

  @Field(() => ID, { description: 'Id of the organization.' })
  @DatasetId()
  organization!: string;

  @CitationsRequired()
  declare sources: CitationInput[];
}

@InputType({ description: "Fields of the association's own record to change; those not given keep their value, null clears one." })
export class AssociationChanges {
  @Field({ nullable: true, description: 'Lowercase words joined by hyphens ("nkss").' })
  @Optional(Slug())
  slug?: string;

  @Field({ nullable: true, description: 'Its name as its sources write it.' })
  @Optional(Text(300))
  name?: string;

  @Field(() => String, { nullable: true, description: 'Its name in English.' })
  @Optional(MaxLength(300))
  nameEn?: string | null;

  @Field(() => String, { nullable: true, description: 'Its acronym.' })
  @Optional(MaxLength(40))
  acronym?: string | null;

  @Field(() => String, { nullable: true, description: 'The address of its website (http or https).' })
  @Optional(MaxLength(500), Matches(URL))
  website?: string | null;

  @Field(() => String, { nullable: true, description: `When it was founded: ${DATE}` })
  @PartialDate()
  founded?: string | null;

  @Field(() => String, { nullable: true, description: 'Slug of the city it was founded in.' })
  @Optional(Slug())
  foundedIn?: string | null;

  @Field(() => String, { nullable: true, description: 'Its self-description, from its own pages.' })
  @Optional(MaxLength(5000))
  mission?: string | null;

  @Field(() => OrganizationKind, { nullable: true, description: 'What kind of body it is.' })
  @IsOptional()
  kind?: OrganizationKind | null;

  @Field(() => Sector, { nullable: true, description: 'Civil, public or private.' })
  @IsOptional()
  sector?: Sector | null;

  @Field(() => String, { nullable: true, description: 'Slug of the city it is based in.' })
  @Optional(Slug())
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166 code of its country.' })
  @Optional(Code())
  country?: string | null;

  @CitationsChange()
  sources?: CitationInput[];
}
