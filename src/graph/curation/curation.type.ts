import { Field, ID, Int, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../shared/pagination';
import { Source } from '../common/citation.type';
import { Node } from '../node/node.type';
import { Retraction } from '../node/retracted.type';
import { Membership } from '../memberships/membership.type';
import { Organization } from '../organizations/organization.type';

export enum WriteStatus {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
}
registerEnumType(WriteStatus, {
  name: 'WriteStatus',
  description: 'What a write did: UNCHANGED when the record already held exactly this (a retried create, a no-op update).',
  valuesConfig: {
    CREATED: { description: 'The record was new and is now written.' },
    UPDATED: { description: 'The record existed and some of its fields changed.' },
    UNCHANGED: { description: 'The record already held exactly this; nothing was written.' },
  },
});

@ObjectType({ description: 'One write to one record, appended in the same transaction (the audit trail).' })
export class ChangeRecord {
  @Field({ description: 'The key of the change record.' }) id!: string;
  @Field({ description: 'When it was committed (ISO 8601, UTC).' }) at!: string;
  @Field({ description: 'Who: a token subject, api-key:<name>, or the operator of an import.' }) by!: string;
  @Field({ description: 'CREATE, UPDATE, RETRACT, RESTORE or PURGE.' }) operation!: string;
  @Field({ description: 'The section of the dataset the record is in (sources, organizations …).' }) kind!: string;
  @Field({ description: "The record's id (or slug)." }) key!: string;
  @Field(() => [String], { description: 'The fields that changed.' }) fields!: string[];
  @Field(() => String, { nullable: true, description: 'The changed fields before, as JSON; null for a new record.' })
  before!: string | null;
  @Field(() => String, { nullable: true, description: 'The changed fields after, as JSON.' }) after!: string | null;
  @Field(() => String, { nullable: true, description: 'The request that wrote it (x-request-id).' }) requestId!: string | null;
}

@ObjectType({ description: 'A page of changes, newest first.' })
export class ChangeRecordPage {
  @Field(() => [ChangeRecord], { description: 'The changes of this page, newest first.' }) nodes!: ChangeRecord[];
  @Field(() => PageInfo, { description: 'Whether more changes follow, and the endCursor to pass as `after` for them.' })
  pageInfo!: PageInfo;
}

@InterfaceType({ description: 'What every write answers: what it did to its record, the version now, and the change recorded.' })
export abstract class WriteResult {
  @Field(() => WriteStatus, { description: 'What the write did to its record.' }) status!: WriteStatus;
  @Field(() => Int, { description: 'The version the record is at now (1 when created).' }) version!: number;
  @Field(() => [String], { description: 'The fields this write changed.' }) changedFields!: string[];
  @Field(() => ChangeRecord, { nullable: true, description: 'The change recorded; null when nothing changed.' })
  change!: ChangeRecord | null;
  changeId!: string | null;
  key!: string;
}

@ObjectType({ description: 'A source written.', implements: WriteResult })
export class SourceWrite extends WriteResult {
  @Field(() => Source, { description: 'The source as it stands now.' }) source!: Source;
}

@ObjectType({ description: 'An organization written, with the sources created for it in the same transaction.', implements: WriteResult })
export class OrganizationWrite extends WriteResult {
  @Field(() => Organization, { description: 'The organization as it stands now.' }) organization!: Organization;
  @Field(() => [SourceWrite], { description: 'What happened to each of newSources.' }) newSources!: SourceWrite[];
}

@ObjectType({ description: 'A membership written, with the sources created for it in the same transaction.', implements: WriteResult })
export class MembershipWrite extends WriteResult {
  @Field(() => Membership, { description: 'The membership as it stands now.' }) membership!: Membership;
  @Field(() => [SourceWrite], { description: 'What happened to each of newSources.' }) newSources!: SourceWrite[];
  member!: string;
  association!: string;
}

@ObjectType({
  description:
    'A record of any section written (a person, a city, an event, a partnership …), with the sources created for it in the same transaction.',
  implements: WriteResult,
})
export class RecordWrite extends WriteResult {
  @Field({ description: 'The section of the dataset the record is in (people, cities, partnerships …).' }) kind!: string;
  @Field(() => ID, {
    name: 'key',
    description: "The record's key as history(id) takes it: its id, slug or code; a relationship record's ends joined by '/'.",
  })
  declare key: string;
  @Field({ description: 'The record as it stands now, as JSON in the format of data/nkss.json.' }) record!: string;
  @Field(() => Node, {
    nullable: true,
    description: 'The record as the API answers it (a Person, a City, an Event …); null for a relationship record.',
  })
  node!: Node | null;
  @Field(() => [SourceWrite], { description: 'What happened to each of newSources.' }) newSources!: SourceWrite[];
  nodeId!: string | null;
}

@ObjectType({ description: 'A retraction, restore or purge done: the record it touched and the change recorded.' })
export class RetractionWrite {
  @Field({ description: 'The section of the dataset the record is in.' }) kind!: string;
  @Field(() => ID, { description: "The record's key as history(id) takes it." }) key!: string;
  @Field(() => Int, { description: 'The version the record is at now (a purged record: the version it had).' }) version!: number;
  @Field(() => ChangeRecord, { description: 'The change recorded (RETRACT, RESTORE or PURGE).' }) change!: ChangeRecord;
  changeId!: string;
}

@ObjectType({ description: 'A retracted record: hidden from every other answer, kept with who retracted it, when and why.' })
export class RetractedRecord extends Retraction {
  @Field({ description: 'The key of this retraction: the section and the record key joined by "|".' }) id!: string;
}

@ObjectType({ description: 'A page of retracted records, the latest retraction first.' })
export class RetractedRecordPage {
  @Field(() => [RetractedRecord], { description: 'The retracted records of this page.' }) nodes!: RetractedRecord[];
  @Field(() => PageInfo, { description: 'Whether more follow, and the endCursor to pass as `after` for them.' })
  pageInfo!: PageInfo;
}
