import { Ctx, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { Viewer } from './viewer.type';

@Resolver(() => Viewer)
export class ViewerResolver {
  @Query(() => Viewer, {
    nullable: true,
    description: 'The caller, or null when it sent no credentials. Bad credentials fail the whole request (UNAUTHENTICATED).',
  })
  viewer(@Ctx() ctx: AppContext): Viewer | null {
    return ctx.viewer === null ? null : ({ ...ctx.viewer } as Viewer);
  }
}
