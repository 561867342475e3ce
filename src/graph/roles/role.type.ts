import { Field, ID, ObjectType } from 'type-graphql';
import { PartialDateScalar } from '../../shared/scalars';
import { Node } from '../node/node.type';

@ObjectType({
  implements: Node,
  description: 'A role a person held in an organization: board president, board member, editor, coordinator …',
})
export class BoardRole {
  uid!: string;
  organizationId!: string;
  personId!: string;
  electedAtSlug!: string | null;
  @Field(() => ID, { description: 'The key of the role ("role-aleksandar-gubas-nkss-deputy-president-2023").' }) id!: string;
  @Field({ description: 'The role as its source names it.' }) title!: string;
  @Field(() => PartialDateScalar, {
    nullable: true,
    description:
      'When the role began, with the precision its source gives; null when no source states it (heldAsOf may then show a ' +
      'date on which the person held it).',
  })
  since!: string | null;
  @Field(() => PartialDateScalar, {
    nullable: true,
    description:
      'A date on which a source shows the person in the role (a dated page, an assembly that left the board unchanged), with ' +
      'the precision the source gives. Not when the role began: the role may be older. Null when the only date known is since.',
  })
  heldAsOf!: string | null;
  @Field(() => PartialDateScalar, { nullable: true, description: 'Null means not known to have ended.' }) until!: string | null;
}
