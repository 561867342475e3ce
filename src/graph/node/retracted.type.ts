import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from './node.type';

// What a read answers for a retracted record when it is asked for with includeRetracted (docs/curation.md, "Shown with
// an explicit argument"): node(id:) a RetractedNode, the lookups by key their own type with `retraction` set.

@ObjectType({ description: 'How a record was retracted: hidden from every answer unless asked for with includeRetracted.' })
export class Retraction {
  @Field({ description: 'The section of the dataset the record is in (organizations, cities …).' }) kind!: string;
  @Field(() => ID, { description: "The record's key as history(id) takes it." }) key!: string;
  @Field(() => Int, { description: 'Its version (restore and purge take it as expectedVersion).' }) version!: number;
  @Field({ description: 'Why it was retracted.' }) reason!: string;
  @Field({ description: 'Who retracted it: a token subject or api-key:<name>.' }) by!: string;
  @Field({ description: 'When it was retracted (ISO 8601, UTC).' }) at!: string;
  @Field({ description: 'The record as it stood when it was retracted, as JSON in the format of data/nkss.json.' }) record!: string;
}

@ObjectType({
  implements: Node,
  description:
    'A retracted record, answered by node(id:) and nodes(ids:) only with includeRetracted: true; its id is the id it had when live.',
})
export class RetractedNode {
  @Field(() => ID, { description: 'The id it had when live; node(id:, includeRetracted: true) answers it.' }) id!: string;
  @Field({ description: 'The type it had when live (Organization, City …).' }) type!: string;
  @Field(() => Retraction, { description: 'Who retracted it, when, why, and the record as it stood.' }) retraction!: Retraction;
}

/** A row of a lookup by key with includeRetracted: the type's own row, with its retraction when it is retracted. */
export interface MaybeRetracted {
  retraction?: Retraction | null;
}
