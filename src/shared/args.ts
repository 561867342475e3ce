import { IsBoolean, IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { MAX_PAGE_SIZE } from './pagination';
import { SLUG_PATTERN } from './validators';

/** The Relay paging arguments (first/after, last/before); a list's argument class extends it with its filter and order. */
@ArgsType()
export class PageArgsBase {
  @Field(() => Int, { nullable: true, description: `Page size from the start, 1 to ${MAX_PAGE_SIZE} (default 20).` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field({ nullable: true, description: 'Items after this cursor (an endCursor of an earlier page, same orderBy).' })
  @IsOptional()
  @MaxLength(512)
  after?: string;

  @Field(() => Int, { nullable: true, description: `Page size from the end, 1 to ${MAX_PAGE_SIZE}.` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  last?: number;

  @Field({ nullable: true, description: 'Items before this cursor (a startCursor of an earlier page, same orderBy).' })
  @IsOptional()
  @MaxLength(512)
  before?: string;
}

/** One record by id or by slug (exactly one of them). */
@ArgsType()
export class IdOrSlugArgs {
  @Field({ nullable: true, description: 'The id of the one to fetch; give either id or slug.' })
  @IsOptional()
  @MaxLength(120)
  @Matches(SLUG_PATTERN)
  id?: string;

  @Field({ nullable: true, description: 'The slug of the one to fetch; give either id or slug.' })
  @IsOptional()
  @MaxLength(120)
  @Matches(SLUG_PATTERN)
  slug?: string;
}

/** A lookup by key that may answer a retracted record when asked (docs/curation.md, "Shown with an explicit argument"). */
@ArgsType()
export class IncludeRetractedArgs {
  @Field({
    defaultValue: false,
    description:
      'Also answer a retracted record (with its `retraction`) when no live one has the key; by default a retracted record answers null, as if never stated.',
  })
  @IsBoolean()
  includeRetracted!: boolean;
}
