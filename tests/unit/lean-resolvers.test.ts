import 'reflect-metadata';
import { graphql, type GraphQLSchema } from 'graphql';
import { Arg, Authorized, buildSchema, Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { leanFieldResolvers } from '../../src/shared/lean-resolvers';

/**
 * Field resolvers reading only the row and the context are called directly (src/shared/lean-resolvers.ts). Each call
 * must receive what TypeGraphQL would have passed: the row as an instance of its class, the context or one of its
 * properties, in the declared order; everything else keeps TypeGraphQL's own wrapper.
 */
@ObjectType()
class Thing {
  @Field()
  name!: string;

  static of(name: string): Thing {
    return Object.assign(new Thing(), { name });
  }
}

interface TestContext {
  suffix: string;
  seen: { root: unknown; instance: boolean }[];
}

@Resolver(() => Thing)
class ThingResolver {
  @Query(() => [Thing])
  things(): unknown[] {
    // An instance, and a plain object that TypeGraphQL converts into a Thing before the field resolver sees it.
    return [Thing.of('instance'), { name: 'plain' }];
  }

  @FieldResolver(() => String)
  label(@Ctx('suffix') suffix: string, @Root() thing: Thing, @Ctx() ctx: TestContext): string {
    ctx.seen.push({ root: thing, instance: thing instanceof Thing });
    return `${thing.name}${suffix}`;
  }

  @FieldResolver(() => String)
  shout(@Root() thing: Thing, @Arg('times', () => Number) times: number): string {
    return thing.name.toUpperCase().repeat(times);
  }

  @Authorized('admin')
  @FieldResolver(() => String)
  secret(@Root() thing: Thing): string {
    return `secret of ${thing.name}`;
  }
}

let typeGraphqlOnly: GraphQLSchema;
let lean: GraphQLSchema;
let originals: Record<string, unknown>;

beforeAll(async () => {
  const options = { resolvers: [ThingResolver] as const, authChecker: () => false, validate: false };
  typeGraphqlOnly = await buildSchema(options);
  lean = await buildSchema(options);
  const fields = lean.getType('Thing')!.toConfig() as { fields: Record<string, { resolve?: unknown }> };
  originals = Object.fromEntries(Object.entries(fields.fields).map(([name, field]) => [name, field.resolve]));
  leanFieldResolvers(lean);
});

async function run(schema: GraphQLSchema, source: string) {
  const context: TestContext = { suffix: '!', seen: [] };
  const result = await graphql({ schema, source, contextValue: context });
  return { result, seen: context.seen };
}

describe('lean field resolvers', () => {
  it('replaces only the field resolvers whose parameters are the row and the context, without roles', () => {
    const fields = (lean.getType('Thing') as unknown as { getFields(): Record<string, { resolve?: unknown }> }).getFields();
    expect(fields.label.resolve).not.toBe(originals.label);
    expect(fields.shout.resolve).toBe(originals.shout);
    expect(fields.secret.resolve).toBe(originals.secret);
  });

  it('answers as TypeGraphQL does, the row an instance of its class, parameters in their declared order', async () => {
    const source = '{ things { name label shout(times: 2) } }';
    const before = await run(typeGraphqlOnly, source);
    const after = await run(lean, source);
    expect(after.result).toEqual(before.result);
    expect(after.result.data).toEqual({
      things: [
        { name: 'instance', label: 'instance!', shout: 'INSTANCEINSTANCE' },
        { name: 'plain', label: 'plain!', shout: 'PLAINPLAIN' },
      ],
    });
    expect(after.seen.map((s) => s.instance)).toEqual([true, true]);
  });

  it('still refuses a field behind a role', async () => {
    const { result } = await run(lean, '{ things { secret } }');
    expect(result.errors?.[0]?.message).toMatch(/access denied/i);
  });
});
