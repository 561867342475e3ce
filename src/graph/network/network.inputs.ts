import { ArrayMaxSize, ArrayNotEmpty, IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../shared/pagination';
import { IsDay, SLUG_PATTERN } from '../../shared/validators';
import { TieOrigin } from '../partnerships/tie.type';

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

  @Field(() => Int, {
    nullable: true,
    description:
      'Estimate betweenness from this many source organizations (1 to 100000) instead of all of them: Graph Data Science picks them (samplingSize, degree-weighted random selection, samplingSeed 42, one thread, so the same network always gets the same sample) and the sums are scaled by organizationCount / samplingSize. An estimate for ranking brokers in a large network, not the exact value; `betweennessSamplingSize` says when it was used. Default: exact, every organization a source, which costs time in proportion to organizations × ties (on 2 cores about a minute for 10,000 organizations and 100,000 ties, against a few seconds with 500 sources). A size at or above organizationCount is exact.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100000)
  samplingSize?: number;
}

/** The largest offset a network list takes: past any network's end (a larger one is refused, not clamped). */
export const MAX_NETWORK_OFFSET = 10_000_000;

/**
 * A page of one of a network's lists. The network is computed once and kept (network.service.ts), so any page costs the
 * same, wherever it starts; the counts beside each list (organizationCount, componentCount …) say how many there are.
 */
@ArgsType()
export class NetworkPageArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `How many, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first!: number;

  @Field(() => Int, { defaultValue: 0, description: `How many to skip first, 0 to ${MAX_NETWORK_OFFSET} (default 0).` })
  @IsInt()
  @Min(0)
  @Max(MAX_NETWORK_OFFSET)
  offset!: number;
}
