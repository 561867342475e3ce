import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { Citation, Source } from './citation.type';

@Resolver(() => Citation)
export class CitationResolver {
  @FieldResolver(() => Source, { description: 'The page that states the fact.' })
  async source(@Root() citation: Citation, @Ctx() ctx: AppContext): Promise<Source | null> {
    return ctx.loaders.sourceById.load(citation.sourceId);
  }
}
