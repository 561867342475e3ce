import { ArrayMaxSize, IsInt, IsOptional, Length, Max, Min } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Ctx, Field, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { BadInputError } from '../../errors';
import { toFulltextQuery } from '../../shared/search-key';
import { selectionTree, selectsOnly, type SelectionTree } from '../../shared/selection';
import { searchRepository } from './search.repository';
import { SearchHit, SearchKind, SearchResult } from './search.type';

@ArgsType()
class SearchArgs {
  @Field({
    description:
      'Words to find; case, diacritics and script are ignored (Zajecar, zaječar and Зајечар all find Zaječar). The last word also matches as a prefix.',
  })
  @Length(1, 200)
  text!: string;

  @Field(() => [SearchKind], { nullable: true, description: 'Only these kinds (default all).' })
  @IsOptional()
  @ArrayMaxSize(6)
  kinds?: SearchKind[];

  @Field(() => Int, { defaultValue: 20, description: '1 to 100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  first!: number;
}

/** What an organization hit answers without its row: a list of names and links reads no more. */
const CORE_NODE: SelectionTree = { id: true, slug: true, name: true };

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], { description: 'Full-text search over organizations, people, places, events, programmes and countries.' })
  search(@Args() args: SearchArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    const query = toFulltextQuery(args.text);
    if (query === null) throw new BadInputError('text has no letters or digits to search for', ['text']);
    // The node's selection, every type's fragment folded in (over-stated, never under-stated).
    const rows = !selectsOnly(selectionTree(info).node, CORE_NODE);
    return searchRepository.search(ctx.graph, query, args.kinds ?? null, args.first, rows);
  }

  @FieldResolver(() => SearchResult, { nullable: true, description: 'The matched record.' })
  node(@Root() hit: SearchHit, @Ctx() ctx: AppContext) {
    const l = ctx.loaders;
    switch (hit.kind) {
      case SearchKind.ORGANIZATION:
        return hit.organization ?? l.organizationById.load(hit.key);
      case SearchKind.PERSON:
        return l.personById.load(hit.key);
      case SearchKind.CITY:
        return l.cityBySlug.load(hit.key);
      case SearchKind.EVENT:
        return l.eventBySlug.load(hit.key);
      case SearchKind.PROGRAMME:
        return l.programmeBySlug.load(hit.key);
      case SearchKind.COUNTRY:
        return l.countryByCode.load(hit.key);
    }
  }
}
