import { Matches, MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { IsDay, SLUG_PATTERN } from '../../shared/validators';

@ArgsType()
export class ChangesArgs {
  @Field({ defaultValue: 'nkss', description: 'The association (slug).' })
  @MaxLength(80)
  @Matches(SLUG_PATTERN)
  association!: string;

  @Field({ description: 'Start of the range, YYYY-MM-DD (exclusive: what was already certain on this day is not a change).' })
  @IsDay()
  from!: string;

  @Field({ description: 'End of the range, YYYY-MM-DD (inclusive).' })
  @IsDay()
  to!: string;
}
