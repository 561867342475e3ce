import { IsOptional, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { IsDay, SLUG_PATTERN } from '../../shared/validators';
import { DecentralizationBasis, DecentralizationLevel } from './decentralization.type';

@ArgsType()
export class DecentralizationArgs {
  @Field({ defaultValue: 'nkss', description: 'The association (slug).' })
  @MaxLength(80)
  @Matches(SLUG_PATTERN)
  association!: string;

  @Field({ description: 'The date, YYYY-MM-DD: members known for certain to have joined by then; the report that counts on it.' })
  @IsDay()
  asOf!: string;

  @Field(() => DecentralizationLevel, {
    defaultValue: DecentralizationLevel.CITY,
    description: 'The units to group members into (default CITY).',
  })
  level!: DecentralizationLevel;

  @Field(() => DecentralizationBasis, { defaultValue: DecentralizationBasis.AUTO, description: 'What to compute from (default AUTO).' })
  basis!: DecentralizationBasis;
}

@ArgsType()
export class DecentralizationTrendArgs {
  @Field({ defaultValue: 'nkss', description: 'The association (slug).' })
  @MaxLength(80)
  @Matches(SLUG_PATTERN)
  association!: string;

  @Field({ nullable: true, description: 'First step date to include, YYYY-MM-DD (inclusive); default: the first step.' })
  @IsOptional()
  @IsDay()
  from?: string;

  @Field({ nullable: true, description: 'Last step date to include, YYYY-MM-DD (inclusive); default: the last step.' })
  @IsOptional()
  @IsDay()
  to?: string;

  @Field(() => DecentralizationLevel, {
    defaultValue: DecentralizationLevel.CITY,
    description: 'The units to group members into (default CITY).',
  })
  level!: DecentralizationLevel;
}
