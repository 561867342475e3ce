import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../node/node.type';

@ObjectType({ implements: Node, description: 'A public page that states a fact.' })
export class Source {
  @Field(() => ID, { description: 'The key of the source ("nkss-o-nama").' }) id!: string;
  @Field({ description: 'The address of the page; unique.' }) url!: string;
  @Field({ description: 'The title of the page as this dataset gives it, in English.' }) title!: string;
  @Field(() => String, { nullable: true, description: 'The site that published the page (its host name), when recorded.' }) publisher!:
    string | null;
  @Field(() => String, { nullable: true, description: 'BCP 47 tag such as sr-Latn, sr-Cyrl or en.' }) language!: string | null;
  @Field({ description: "True for the association's own pages; they win when reports of the same date disagree." })
  primary!: boolean;
}

@ObjectType({ description: 'Where a fact comes from: the source and the words on it that state the fact.' })
export class Citation {
  sourceId!: string;
  @Field(() => String, { nullable: true, description: 'The words on the page that state the fact, when recorded.' })
  quote!: string | null;
}

export type CitationRow = Pick<Citation, 'sourceId' | 'quote'>;

/** Relationship facts keep their citations as parallel lists (sourceIds, sourceQuotes). */
export function citationsOf(row: { sourceIds?: string[] | null; sourceQuotes?: string[] | null }): CitationRow[] {
  const ids = row.sourceIds ?? [];
  return ids.map((sourceId, i) => ({ sourceId, quote: row.sourceQuotes?.[i] || null }));
}
