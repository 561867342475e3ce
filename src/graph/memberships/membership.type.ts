import { Field, ObjectType, createUnionType } from 'type-graphql';
import { PartialDateScalar } from '../../shared/scalars';
import { Organization } from '../organizations/organization.type';
import { Person } from '../people/person.type';

@ObjectType({ description: 'Membership of an organization or person in an association, with its time and sources.' })
export class Membership {
  memberUid!: string;
  associationId!: string;
  /** The association's row, when the query that read the membership brought it. */
  association?: Organization;
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

export const Member = createUnionType({
  name: 'Member',
  description: 'A member of an association: an organization or an individual.',
  types: () => [Organization, Person] as const,
  resolveType: (value) => ('isAssociation' in value ? Organization : Person),
});
