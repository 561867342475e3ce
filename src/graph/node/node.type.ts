import { Field, ID, InterfaceType } from 'type-graphql';

/**
 * Relay's object identification: every entity a client caches has an `id` unique across all types, and `node(id:)`
 * fetches it again (docs/questions.md#6-ids-and-node). The GraphQL type of a row is its class: rows handed to `node` and
 * `nodes` are instances (src/shared/instances.ts), and each class has the name of its GraphQL type (the name, not the
 * class, because Association inherits Node from Organization and TypeGraphQL maps only the classes that declare it).
 */
@InterfaceType({
  description:
    'An object with an id unique across all types, which `node(id:)` fetches again: dataset ids for organizations, people, sources, reports, agreements and roles ("org-nkss"), "Type:key" for the types keyed by slug or code ("City:beograd", "Country:RS"), "origin|via|idA|idB" for a partnership.',
  resolveType: (value: object) => value.constructor.name,
})
export abstract class Node {
  @Field(() => ID, { description: 'Unique across all types; `node(id:)` answers this object for it.' })
  id!: string;
}
