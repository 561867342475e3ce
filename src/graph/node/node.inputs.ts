import { ArrayMaxSize, MaxLength } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';

/** Longer than any id the API gives (a tie id holds two organization ids); only a bound, not a form check. */
const MAX_ID_LENGTH = 400;
export const MAX_NODE_IDS = 100;

@ArgsType()
export class NodeArgs {
  @Field(() => ID, { description: 'The id of an object, as its `id` field gave it; an unknown or malformed id answers null.' })
  @MaxLength(MAX_ID_LENGTH)
  id!: string;
}

@ArgsType()
export class NodesArgs {
  @Field(() => [ID], {
    description: `Up to ${MAX_NODE_IDS} ids, as their objects' \`id\` fields gave them; the answer has one entry per id, in the same order.`,
  })
  @ArrayMaxSize(MAX_NODE_IDS)
  @MaxLength(MAX_ID_LENGTH, { each: true })
  ids!: string[];
}
