import { Field, ObjectType } from 'type-graphql';
import { PartialDateScalar } from '../../shared/scalars';

@ObjectType({ description: 'Membership of an organization or person in an association, with its time and sources.' })
export class Membership {
  memberUid!: string;
  associationId!: string;
  admittedAtSlug!: string | null;
  sourceIds!: string[];
  sourceQuotes!: string[];

  @Field(() => PartialDateScalar, { nullable: true, description: 'When the membership began, with the precision the source gives.' })
  since!: string | null;
  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'When it ended; null means not known to have ended (no source states an end), never "ended".',
  })
  until!: string | null;
  @Field({ description: 'A founding member (admitted at the founding assembly).' }) founding!: boolean;
}
