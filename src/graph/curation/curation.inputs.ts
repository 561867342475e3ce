import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { curatedSections } from '../../curation/sections';
import { MAX_PAGE_SIZE } from '../../shared/pagination';
import { ID_PATTERN, SLUG_PATTERN } from '../../shared/validators';
import { OrganizationKind, Sector } from '../organizations/organization.type';

/** A record key (src/curation/sections.ts): an id or slug, or a relationship record's ids joined by '/' (a role last). */
export const RECORD_KEY_PATTERN = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)?(?:\/[^/]{1,80})?$/;

// Bounds on size and shape only; what a fact must be (dates, references, at least one citation) is the dataset
// validator's, which every write runs (src/curation/engine.ts): one set of rules for the file, the API and imports.

export const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
export const URL = /^https?:\/\/\S+$/;

@InputType({ description: 'A citation: the source and the words on it that state the fact.' })
export class CitationInput {
  @Field({ description: 'Id of a source in the graph or in newSources.' })
  @MaxLength(120)
  @Matches(ID_PATTERN)
  source!: string;

  @Field(() => String, { nullable: true, description: 'The words on the page that state the fact.' })
  @IsOptional()
  @MaxLength(4000)
  quote?: string | null;
}

@InputType({ description: 'A public page that states facts.' })
export class SourceInput {
  @Field({ description: 'Lowercase words joined by hyphens, e.g. seecult-novi-uo-2017.' })
  @MaxLength(120)
  @Matches(ID_PATTERN)
  id!: string;

  @Field({ description: 'The address of the page (http or https); unique among sources.' })
  @MaxLength(2000)
  @Matches(URL)
  url!: string;

  @Field({ description: 'The title of the page as this dataset gives it, in English.' })
  @Length(1, 500)
  title!: string;

  @Field(() => String, { nullable: true, description: 'The site that published the page (its host name).' })
  @IsOptional()
  @MaxLength(300)
  publisher?: string | null;

  @Field(() => String, { nullable: true, description: 'BCP 47 tag such as sr-Latn, sr-Cyrl or en.' })
  @IsOptional()
  @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)
  language?: string | null;

  @Field({ defaultValue: false, description: "True for the association's own pages." })
  @IsBoolean()
  primary!: boolean;
}

@InputType({ description: 'Fields of a source to change; those not given keep their value.' })
export class SourceChanges {
  @Field({ nullable: true, description: 'The new address of the page (http or https).' })
  @IsOptional()
  @MaxLength(2000)
  @Matches(URL)
  url?: string;

  @Field({ nullable: true, description: 'The new title, in English.' })
  @IsOptional()
  @Length(1, 500)
  title?: string;

  @Field(() => String, { nullable: true, description: 'The new publisher; null clears it.' })
  @IsOptional()
  @MaxLength(300)
  publisher?: string | null;

  @Field(() => String, { nullable: true, description: 'The new BCP 47 language tag (sr-Latn, sr-Cyrl, en); null clears it.' })
  @IsOptional()
  @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)
  language?: string | null;

  @Field({ nullable: true, description: "True for the association's own pages." })
  @IsOptional()
  @IsBoolean()
  primary?: boolean;
}

@InputType({ description: 'Fields of an organization to change; those not given keep their value, null clears one.' })
export class OrganizationChanges {
  @Field({ nullable: true, description: 'Lowercase words joined by hyphens.' })
  @IsOptional()
  @MaxLength(120)
  @Matches(SLUG_PATTERN)
  slug?: string;

  @Field({ nullable: true, description: 'The name as its sources write it, Serbian diacritics kept.' })
  @IsOptional()
  @Length(1, 300)
  name?: string;

  @Field(() => [String], { nullable: true, description: 'Other names: acronyms, Cyrillic or English forms.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(300, { each: true })
  aliases?: string[];

  @Field(() => OrganizationKind, { nullable: true, description: 'What kind of body it is; null: not classified.' })
  @IsOptional()
  kind?: OrganizationKind | null;

  @Field(() => Sector, { nullable: true, description: 'Civil, public or private; null: not classified.' })
  @IsOptional()
  sector?: Sector | null;

  @Field(() => [String], { nullable: true, description: 'The artistic or cultural fields it works in.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(100, { each: true })
  disciplines?: string[];

  @Field(() => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD.' })
  @IsOptional()
  @Matches(PARTIAL_DATE)
  founded?: string | null;

  @Field(() => String, { nullable: true, description: 'The address of its website (http or https); null: none known.' })
  @IsOptional()
  @MaxLength(500)
  @Matches(URL)
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'Slug of its city.' })
  @IsOptional()
  @MaxLength(120)
  @Matches(SLUG_PATTERN)
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166 code of its country when its sources name one.' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/)
  country?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: "A network's founding or member countries as its sources name them (ISO 3166 codes).",
  })
  @IsOptional()
  @ArrayMaxSize(60)
  @Matches(/^[A-Z]{2}$/, { each: true })
  countries?: string[];

  @Field(() => [CitationInput], { nullable: true, description: 'Replaces its citations; at least one.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested()
  sources?: CitationInput[];
}

@InputType({ description: 'A new organization and the sources that state it.' })
export class OrganizationInput extends OrganizationChanges {
  @Field({ description: 'Chosen by the client (org-<slug> by convention), so a retried create writes nothing twice.' })
  @MaxLength(120)
  @Matches(ID_PATTERN)
  id!: string;

  @Field({ description: 'Its key in addresses: lower-case ASCII words joined by hyphens, unique.' })
  @MaxLength(120)
  @Matches(SLUG_PATTERN)
  declare slug: string;

  @Field({ description: 'The name as its sources write it, Serbian diacritics kept.' })
  @Length(1, 300)
  declare name: string;

  @Field(() => [CitationInput], { description: 'At least one.' })
  @ArrayMaxSize(50)
  @ValidateNested()
  declare sources: CitationInput[];
}

@InputType({ description: 'A member admitted to an association, and the sources that state it.' })
export class MembershipInput {
  @Field(() => ID, { description: 'Id of the member organization or person.' })
  @MaxLength(120)
  @Matches(ID_PATTERN)
  member!: string;

  @Field(() => ID, { description: "The association's id (org-nkss)." })
  @MaxLength(120)
  @Matches(ID_PATTERN)
  association!: string;

  @Field(() => String, { nullable: true, description: 'When it joined: YYYY, YYYY-MM or YYYY-MM-DD.' })
  @IsOptional()
  @Matches(PARTIAL_DATE)
  since?: string | null;

  @Field({ defaultValue: false, description: 'A founding member.' })
  @IsBoolean()
  founding!: boolean;

  @Field(() => String, { nullable: true, description: 'Slug of the assembly (event) that admitted it.' })
  @IsOptional()
  @MaxLength(120)
  @Matches(SLUG_PATTERN)
  admittedAt?: string | null;

  @Field(() => [CitationInput], { description: 'At least one.' })
  @ArrayMaxSize(50)
  @ValidateNested()
  sources!: CitationInput[];
}

@ArgsType()
export class EndMembershipArgs {
  @Field(() => ID, { description: 'Id of the member organization or person.' })
  @MaxLength(120)
  @Matches(ID_PATTERN)
  member!: string;

  @Field(() => ID, { description: "The association's id (org-nkss)." })
  @MaxLength(120)
  @Matches(ID_PATTERN)
  association!: string;

  @Field({ description: 'When it ended: YYYY, YYYY-MM or YYYY-MM-DD.' })
  @Matches(PARTIAL_DATE)
  until!: string;

  @Field(() => [CitationInput], { description: 'The citations that state the end, added to the membership’s own; at least one.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested()
  sources!: CitationInput[];

  @Field(() => Int, { description: 'The version the change was made from; CONFLICT when the membership has moved on.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

@ArgsType()
export class NewSourcesArgs {
  @Field(() => [SourceInput], { nullable: true, description: 'Sources to create in the same transaction, for the citations to cite.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested()
  newSources?: SourceInput[];
}

@ArgsType()
export class VersionArgs {
  @Field(() => ID, { description: 'The id of the record to change.' })
  @MaxLength(120)
  @Matches(ID_PATTERN)
  id!: string;

  @Field(() => Int, { description: 'The version the change was made from; CONFLICT when the record has moved on.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

const KINDS = curatedSections.map((spec) => spec.section);

/** A page of changes, newest first: the arguments history and edits share. */
@ArgsType()
export class ChangePageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only this section of the dataset (sources, organizations, memberships …); default any.',
  })
  @IsOptional()
  @IsIn(KINDS)
  kind?: string | null;

  @Field(() => Int, { defaultValue: 20, description: '1 to 100.' })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first!: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' })
  @IsOptional()
  @MaxLength(200)
  after?: string | null;
}

@ArgsType()
export class HistoryArgs extends ChangePageArgs {
  @Field(() => ID, {
    description:
      "The record's id (or slug, for records keyed by slug); a relationship record's ends joined by '/': member/association, organization/network, person/organization, organization/programme/role.",
  })
  @MaxLength(250)
  @Matches(RECORD_KEY_PATTERN)
  id!: string;
}

@ArgsType()
export class EditsArgs extends ChangePageArgs {
  @Field(() => String, { nullable: true, description: 'Only changes at or after this instant (ISO 8601).' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/)
  since?: string | null;

  @Field(() => String, { nullable: true, description: 'Only changes by this caller (a token subject or api-key:<name>).' })
  @IsOptional()
  @MaxLength(200)
  by?: string | null;
}
