import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../node/node.type';

@ObjectType({ implements: Node, description: 'A person: a board member, editor or coordinator, or an individual member.' })
export class Person {
  uid!: string;
  citySlug!: string | null;

  @Field(() => ID, { description: 'The stable key of the person ("person-aleksandar-gubas").' }) id!: string;
  @Field({ description: 'Their key in addresses: lower-case ASCII words joined by hyphens, unique.' }) slug!: string;
  @Field({ description: 'The name as the sources write it, Serbian diacritics kept.' }) name!: string;
  @Field(() => [String], { description: 'Other spellings of the name; search finds them.' }) aliases!: string[];
}

@ObjectType({ description: 'An organization a person came from or works with (not a membership).' })
export class Affiliation {
  organizationId!: string;
  sourceIds!: string[];
  sourceQuotes!: string[];
  @Field(() => String, { nullable: true, description: 'What the dataset records about the affiliation, in English.' }) note!: string | null;
}
