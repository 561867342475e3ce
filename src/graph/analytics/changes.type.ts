import { Field, ObjectType } from 'type-graphql';
import { MembershipReport } from '../association/association.type';
import { Membership } from '../memberships/membership.type';
import { BoardRole } from '../roles/role.type';
import { DecentralizationCoverage } from './decentralization.type';

@ObjectType({
  description:
    'What changed for an association between two dates, `from` (exclusive) and `to` (inclusive). A start, a report date or an ' +
    "event's end (else start) counts in the range when the last day its date may be falls in it (the range in which it becomes " +
    'certain: "2017" counts in a range that holds 2017-12-31); an end counts when its first possible day does. These are the ' +
    'differences between the as-of answers on the two dates.',
})
export class Changes {
  placesReachedSlugs!: string[];
  placesLeftSlugs!: string[];
  eventSlugs!: string[];

  @Field({ description: 'YYYY-MM-DD, exclusive.' }) from!: string;
  @Field({ description: 'YYYY-MM-DD, inclusive.' }) to!: string;
  membersAdmitted!: Membership[];
  membersGone!: Membership[];
  @Field(() => [BoardRole], {
    description:
      'Roles in the association (board, staff) begun in the range: their since falls in it. A role known only as held on a ' +
      'date (heldAsOf, since null) is not among them (see notes).',
  })
  boardRolesBegun!: BoardRole[];
  @Field(() => [BoardRole], { description: 'Roles in the association ended in the range.' })
  boardRolesEnded!: BoardRole[];
  @Field(() => [MembershipReport], { description: 'Membership reports dated in the range, oldest first.' })
  reportsPublished!: MembershipReport[];
  @Field(() => DecentralizationCoverage, {
    description: 'How complete the member-level data is on `to` against the report that counts then (see Decentralization.report).',
  })
  coverage!: DecentralizationCoverage;
  @Field(() => [String], { description: 'What the answer rests on, in plain words.' }) notes!: string[];
}
