import { Args, Ctx, FieldResolver, ID, Query, Resolver, Root, type ClassType } from 'type-graphql';
import type { AppContext } from '../../context';
import { IncludeRetractedArgs } from '../../shared/args';
import { Goal } from '../association/association.type';
import { Event, Programme } from '../events/event.type';
import { City, Country, District, Region } from '../places/place.type';
import { keyedNodeId, type KeyedType } from './node-id';
import { NodeArgs, NodesArgs } from './node.inputs';
import { Node } from './node.type';

@Resolver(() => Node)
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      'The object with this id, of any type; null when there is none. With includeRetracted, a RetractedNode for a retracted record.',
  })
  node(@Args() { id }: NodeArgs, @Args() { includeRetracted }: IncludeRetractedArgs, @Ctx() ctx: AppContext) {
    return includeRetracted ? ctx.loaders.nodeOrRetracted(id) : ctx.loaders.node(id);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: 'The objects with these ids, in the order of the ids, null for each id that names none; one query per type at most.',
  })
  nodes(@Args() { ids }: NodesArgs, @Args() { includeRetracted }: IncludeRetractedArgs, @Ctx() ctx: AppContext) {
    return Promise.all(ids.map((id) => (includeRetracted ? ctx.loaders.nodeOrRetracted(id) : ctx.loaders.node(id))));
  }
}

/** The `id` of a type keyed by slug or code: "Type:key" (node-id.ts), from the key every row of it has. */
function keyedIdResolver<T extends object>(type: ClassType<T>, name: KeyedType, keyOf: (row: T) => string, example: string) {
  @Resolver(() => type)
  class KeyedIdResolver {
    @FieldResolver(() => ID, { description: `"${name}:" and its key ("${keyedNodeId(name, example)}"); \`node(id:)\` answers it.` })
    id(@Root() row: T): string {
      return keyedNodeId(name, keyOf(row));
    }
  }
  return KeyedIdResolver;
}

const slug = (row: { slug: string }): string => row.slug;
const code = (row: { code: string }): string => row.code;

export const keyedIdResolvers: ClassType[] = [
  keyedIdResolver(City, 'City', slug, 'beograd'),
  keyedIdResolver(District, 'District', slug, 'borski-okrug'),
  keyedIdResolver(Region, 'Region', slug, 'region-vojvodine'),
  keyedIdResolver(Country, 'Country', code, 'RS'),
  keyedIdResolver(Event, 'Event', slug, 'founding-assembly-2011-belgrade'),
  keyedIdResolver(Programme, 'Programme', slug, 'na-sopstveni-pogon'),
  keyedIdResolver(Goal, 'Goal', code, 'G01'),
];
