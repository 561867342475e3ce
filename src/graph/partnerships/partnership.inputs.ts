import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsInt, IsOptional, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { MAX_PAGE_SIZE } from '../../shared/pagination';
import { ID_PATTERN, IsDay, SLUG_PATTERN } from '../../shared/validators';
import { Sector } from '../organizations/organization.type';
import { TieOrigin } from '../partnerships/tie.type';

export const ALL_ORIGINS: readonly TieOrigin[] = Object.values(TieOrigin);
export const MAX_DEPTH = 3;

const VIA_DESCRIPTION = 'The tie origins to walk (default: all five).';

@InputType({ description: 'All given conditions must hold.' })
export class PartnershipFilter {
  @Field(() => ID, { nullable: true, description: 'Ties with this organization at either end.' })
  @IsOptional()
  @MaxLength(120)
  @Matches(ID_PATTERN)
  organization?: string;

  @Field(() => [TieOrigin], { nullable: true, description: 'Only these origins (default: all).' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  origins?: TieOrigin[];

  @Field(() => [Sector], {
    nullable: true,
    description: 'Exactly two sectors, in either order: the pair of the two ends, e.g. [CIVIL, PUBLIC] for civil–public ties.',
  })
  @IsOptional()
  @ArrayMinSize(2)
  @ArrayMaxSize(2)
  sectors?: Sector[];

  @Field({
    nullable: true,
    description:
      'YYYY-MM-DD. With until: ties that may overlap the range. A tie is kept unless it is known to have ended before since (its until’s latest bound is before it); an unknown until is not known to have ended.',
  })
  @IsOptional()
  @IsDay()
  since?: string;

  @Field({
    nullable: true,
    description:
      'YYYY-MM-DD. A tie is kept unless it is known to have started after until (its since’s earliest bound is after it); a tie with an unknown since may have started any time, so it is kept.',
  })
  @IsOptional()
  @IsDay()
  until?: string;

  @Field({
    nullable: true,
    description: "true: the two ends' countries are known and differ; false: known and equal. Ties with an unknown country match neither.",
  })
  @IsOptional()
  @IsBoolean()
  crossBorder?: boolean;
}

@ArgsType()
export class PartnershipsArgs {
  @Field(() => PartnershipFilter, { nullable: true, description: 'Conditions the ties must meet; default: every tie.' })
  @IsOptional()
  @ValidateNested()
  filter?: PartnershipFilter;

  @Field(() => Int, { nullable: true, description: `Page size, 1 to ${MAX_PAGE_SIZE} (default 20).` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field({ nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @MaxLength(512)
  after?: string;
}

@ArgsType()
export class ViaArgs {
  @Field(() => [TieOrigin], { nullable: true, description: VIA_DESCRIPTION })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  via?: TieOrigin[];
}

@ArgsType()
export class PartnersOfArgs extends ViaArgs {
  @Field(() => ID, { description: 'The id of the organization to start from.' })
  @MaxLength(120)
  @Matches(ID_PATTERN)
  organization!: string;

  @Field(() => Int, { defaultValue: 1, description: `How many ties away, 1 to ${MAX_DEPTH}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_DEPTH)
  depth!: number;

  @Field(() => Int, {
    defaultValue: MAX_PAGE_SIZE,
    description: `Page size, 1 to ${MAX_PAGE_SIZE} (default ${MAX_PAGE_SIZE}); totalCount says how many were reached.`,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first!: number;

  @Field({ nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @MaxLength(512)
  after?: string;
}

@ArgsType()
export class CommonPartnersArgs extends ViaArgs {
  @Field(() => ID, { description: 'The id of one organization.' })
  @MaxLength(120)
  @Matches(ID_PATTERN)
  a!: string;

  @Field(() => ID, { description: 'The id of the other organization.' })
  @MaxLength(120)
  @Matches(ID_PATTERN)
  b!: string;
}

@ArgsType()
export class ShortestPathArgs extends ViaArgs {
  @Field(() => ID, { description: 'The id of the organization the path starts at.' })
  @MaxLength(120)
  @Matches(ID_PATTERN)
  from!: string;

  @Field(() => ID, { description: 'The id of the organization the path ends at.' })
  @MaxLength(120)
  @Matches(ID_PATTERN)
  to!: string;
}

@ArgsType()
export class IntersectoralArgs {
  @Field({ defaultValue: 'nkss', description: 'The association (slug).' })
  @MaxLength(80)
  @Matches(SLUG_PATTERN)
  association!: string;
}

@ArgsType()
export class RegionalCooperationArgs extends IntersectoralArgs {
  @Field({ nullable: true, description: 'Only partners in this country: ISO 3166-1 alpha-2 code (Kosovo: XK).' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/)
  country?: string;

  @Field({
    nullable: true,
    description:
      'YYYY-MM-DD: only ties known to start on or after it (their since’s earliest bound); ties with an unknown since are left out.',
  })
  @IsOptional()
  @IsDay()
  since?: string;
}
