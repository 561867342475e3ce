import { ArrayMaxSize, ArrayNotEmpty, IsOptional, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { IsDay, SLUG_PATTERN } from '../../shared/validators';
import { TieOrigin } from '../organizations/tie.type';

@ArgsType()
export class NetworkMetricsArgs {
  @Field({ defaultValue: 'nkss', description: 'The association whose network is measured.' })
  @MaxLength(80)
  @Matches(SLUG_PATTERN)
  association!: string;

  @Field({
    nullable: true,
    description:
      'Take the network as of this day (YYYY-MM-DD): members and ties known for certain to have started by then (the latest bound of their start on or before it) and not possibly ended; an unknown start leaves them out. Default: everything ever known, unknown starts included.',
  })
  @IsOptional()
  @IsDay()
  asOf?: string;

  @Field(() => [TieOrigin], { nullable: true, description: 'The tie origins to count; default: all five.' })
  @IsOptional()
  @ArrayNotEmpty()
  @ArrayMaxSize(5)
  via?: TieOrigin[];
}
