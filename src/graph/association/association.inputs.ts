import { IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { IsDay, SLUG_PATTERN } from '../../shared/validators';

@ArgsType()
export class AssociationArgs {
  @Field({ defaultValue: 'nkss', description: 'The slug of the association (default "nkss").' })
  @MaxLength(80)
  @Matches(SLUG_PATTERN)
  slug!: string;
}

@ArgsType()
export class GoalsArgs {
  @Field({ defaultValue: 'nkss', description: 'The association.' })
  @MaxLength(80)
  @Matches(SLUG_PATTERN)
  association!: string;

  @Field({ nullable: true, description: 'Only goals tagged with this theme, e.g. decentralization.' })
  @IsOptional()
  @Length(1, 60)
  @Matches(SLUG_PATTERN)
  theme?: string;
}

@ArgsType()
export class ThemeArgs {
  @Field({ nullable: true, description: 'Only goals tagged with this theme, e.g. decentralization; default: all.' })
  @IsOptional()
  @Length(1, 60)
  @Matches(SLUG_PATTERN)
  theme?: string;
}

@ArgsType()
export class AsOfArgs {
  @Field({ description: 'A calendar date, YYYY-MM-DD.' })
  @IsDay()
  asOf!: string;
}
