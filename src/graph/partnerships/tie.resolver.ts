import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { Citation, citationsOf } from '../common/citation.type';
import { Tie } from './tie.type';

@Resolver(() => Tie)
export class TieResolver {
  @FieldResolver(() => [Citation], { description: "The sources that state the tie, in the dataset's order." })
  async sources(@Root() t: Tie, @Ctx() ctx: AppContext) {
    return citationsOf((t.sourceIds === undefined ? await ctx.loaders.tieSourcesById.load(t.id) : t) ?? {});
  }
}
