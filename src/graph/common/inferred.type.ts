import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'A value of a record that no source states but a rule of this dataset made: which field, and the rule (its name, a colon, ' +
    'then how it applied: "city-in-name: the city its name contains …"). Every other value of the record is as its sources state it.',
})
export class InferredValue {
  @Field({ description: 'The field of the record whose value was inferred, as the schema names it ("city", "kind", "event").' })
  field!: string;
  @Field({ description: 'The rule that made the value: its name, then how it applied.' }) rule!: string;
}

/** The two parallel lists the loader stores `inferred` as (src/dataset/graph-rows.ts), as InferredValue objects. */
export function inferredValues(fields: readonly string[] | null | undefined, rules: readonly string[] | null | undefined): InferredValue[] {
  return (fields ?? []).map((field, i) => ({ field, rule: rules?.[i] ?? '' }));
}
