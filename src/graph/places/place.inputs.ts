import { IsBoolean, IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { MAX_PAGE_SIZE } from '../../shared/pagination';
import { IsDay, SLUG_PATTERN } from '../../shared/validators';

@ArgsType()
export class SlugArgs {
  @Field({ description: 'The slug of the one to fetch: lower-case ASCII words joined by hyphens.' })
  @MaxLength(120)
  @Matches(SLUG_PATTERN, { message: 'slug must be lower-case ASCII words joined by hyphens' })
  slug!: string;
}

@ArgsType()
export class CitiesArgs {
  @Field({ nullable: true, description: 'Only places in the region with this slug (with the places within them); default: any.' })
  @IsOptional()
  @MaxLength(80)
  @Matches(SLUG_PATTERN)
  region?: string;

  @Field({ nullable: true, description: 'Only places in the district with this slug (with the places within them); default: any.' })
  @IsOptional()
  @MaxLength(80)
  @Matches(SLUG_PATTERN)
  district?: string;

  @Field({ nullable: true, description: 'ISO 3166-1 alpha-2 code.' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/)
  country?: string;
}

@ArgsType()
export class DistrictsArgs {
  @Field({ nullable: true, description: 'Only the districts of the region with this slug; default: all.' })
  @IsOptional()
  @MaxLength(80)
  @Matches(SLUG_PATTERN)
  region?: string;
}

@ArgsType()
export class CountriesArgs {
  @Field({ nullable: true, description: 'Only the Southeast European ones (true) or only the others (false).' })
  @IsOptional()
  @IsBoolean()
  southeastEurope?: boolean;
}

@ArgsType()
export class CountryArgs {
  @Field({ description: 'ISO 3166-1 alpha-2 code of the country, such as RS (XK for Kosovo).' })
  @Matches(/^[A-Z]{2}$/, { message: 'code must be an ISO 3166-1 alpha-2 code such as RS' })
  code!: string;
}

@ArgsType()
export class MembersArgs {
  @Field({ nullable: true, description: 'Only members known for certain to have joined by this date (YYYY-MM-DD); default: ever.' })
  @IsOptional()
  @IsDay()
  asOf?: string;

  @Field({ defaultValue: 'nkss', description: 'The association.' })
  @MaxLength(80)
  @Matches(SLUG_PATTERN)
  association!: string;
}

@ArgsType()
export class MembersPageArgs extends MembersArgs {
  @Field(() => Int, {
    defaultValue: MAX_PAGE_SIZE,
    description: `How many, by member name, 1 to ${MAX_PAGE_SIZE} (default ${MAX_PAGE_SIZE}); memberCount says how many there are in all.`,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first!: number;
}
