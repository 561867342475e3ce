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
import { ArgsType, Field, InputType, Int, registerEnumType } from 'type-graphql';
import { MAX_PAGE_SIZE } from '../../shared/pagination';
import { IsDay, SLUG_PATTERN } from '../../shared/validators';
import { OrganizationKind, Sector } from './organization.type';
import { TieOrigin } from '../partnerships/tie.type';
import { PageArgsBase } from '../../shared/args';

export enum OrganizationOrder {
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
}
registerEnumType(OrganizationOrder, {
  name: 'OrganizationOrder',
  description: 'Names compare without case, diacritics or script (Đ as Dj), then by id.',
  valuesConfig: {
    NAME_ASC: { description: 'By name from A to Z, then by id.' },
    NAME_DESC: { description: 'By name from Z to A, then by id descending.' },
  },
});

@InputType({ description: 'All given conditions must hold.' })
export class OrganizationFilter {
  @Field({ nullable: true, description: 'City slug; settlements and municipalities within the city count too.' })
  @IsOptional()
  @MaxLength(80)
  @Matches(SLUG_PATTERN)
  city?: string;

  @Field({ nullable: true, description: 'District (okrug) slug.' })
  @IsOptional()
  @MaxLength(80)
  @Matches(SLUG_PATTERN)
  district?: string;

  @Field({ nullable: true, description: 'Statistical region slug.' })
  @IsOptional()
  @MaxLength(80)
  @Matches(SLUG_PATTERN)
  region?: string;

  @Field({ nullable: true, description: 'ISO 3166-1 alpha-2 country code (Kosovo: XK).' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/)
  country?: string;

  @Field(() => OrganizationKind, { nullable: true, description: 'Only organizations of this kind.' })
  @IsOptional()
  kind?: OrganizationKind;

  @Field(() => Sector, { nullable: true, description: 'Only organizations of this sector.' })
  @IsOptional()
  sector?: Sector;

  @Field({ nullable: true, description: 'Only organizations whose disciplines include this one (exact text).' })
  @IsOptional()
  @Length(1, 100)
  discipline?: string;

  @Field({ nullable: true, description: 'Members of `association` known for certain to be members on this date (YYYY-MM-DD).' })
  @IsOptional()
  @IsDay()
  memberAsOf?: string;

  @Field({ nullable: true, description: 'Members (true) or non-members (false) of `association`, at any time.' })
  @IsOptional()
  @IsBoolean()
  member?: boolean;

  @Field({ nullable: true, description: 'Founding members (true) or not (false) of `association`.' })
  @IsOptional()
  @IsBoolean()
  foundingMember?: boolean;

  @Field({ nullable: true, defaultValue: 'nkss', description: 'The association the membership conditions refer to.' })
  @IsOptional()
  @MaxLength(80)
  @Matches(SLUG_PATTERN)
  association?: string;

  @Field({ nullable: true, description: 'Words in the name or aliases; ignores case, diacritics and script.' })
  @IsOptional()
  @Length(1, 200)
  text?: string;
}

@ArgsType()
export class OrganizationsArgs extends PageArgsBase {
  @Field(() => OrganizationFilter, { nullable: true, description: 'Conditions the organizations must meet; default: all organizations.' })
  @IsOptional()
  @ValidateNested()
  filter?: OrganizationFilter;

  @Field(() => OrganizationOrder, { defaultValue: OrganizationOrder.NAME_ASC, description: 'The order of the list (default NAME_ASC).' })
  @IsIn(Object.values(OrganizationOrder))
  orderBy!: OrganizationOrder;
}

export const DEFAULT_PARTNERS_PAGE = 20;

@ArgsType()
export class PartnersArgs {
  @Field(() => Int, {
    defaultValue: DEFAULT_PARTNERS_PAGE,
    description: `How many ties, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PARTNERS_PAGE}); pageInfo.hasNextPage says whether more exist.`,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first!: number;

  @Field({ nullable: true, description: 'The endCursor of the previous page of ties.' })
  @IsOptional()
  @MaxLength(512)
  after?: string;

  @Field(() => [TieOrigin], { nullable: true, description: 'Only ties of these origins (default: all five).' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  via?: TieOrigin[];
}
