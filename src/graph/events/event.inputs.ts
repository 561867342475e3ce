import { ArrayMaxSize, IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { IsDay, SLUG_PATTERN } from '../../shared/validators';
import { EventKind, EventStatus } from './event.type';

@ArgsType()
export class EventsArgs {
  @Field(() => [EventKind], { nullable: true, description: 'Only these kinds.' })
  @IsOptional()
  @ArrayMaxSize(20)
  kind?: EventKind[];

  @Field({ nullable: true, description: 'Events that may fall on or after this date (YYYY-MM-DD).' })
  @IsOptional()
  @IsDay()
  from?: string;

  @Field({ nullable: true, description: 'Events that may fall on or before this date (YYYY-MM-DD).' })
  @IsOptional()
  @IsDay()
  to?: string;

  @Field(() => EventStatus, { nullable: true, description: 'HELD or ANNOUNCED; default both.' })
  @IsOptional()
  status?: EventStatus;

  @Field({ nullable: true, description: 'City slug; places within it count.' })
  @IsOptional()
  @MaxLength(80)
  @Matches(SLUG_PATTERN)
  city?: string;

  @Field(() => Int, { defaultValue: 100, description: 'At most this many, 1 to 500.' })
  @IsInt()
  @Min(1)
  @Max(500)
  first!: number;
}
