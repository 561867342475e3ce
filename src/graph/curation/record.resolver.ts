import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Resolver,
  Root,
  type ClassType,
} from 'type-graphql';
import { IsInt, Matches, MaxLength, Min } from 'class-validator';
import type { AppContext } from '../../context';
import { shapeRecord, type Patch } from '../../curation/engine';
import { keyOf, sectionSpec, type CuratedSection } from '../../curation/sections';
import { canonical } from '../../curation/records';
import { keyedNodeId, type KeyedType } from '../node/node-id';
import { NewSourcesArgs, RECORD_KEY_PATTERN } from './curation.inputs';
import { ChangeRecord, RecordWrite } from './curation.type';
import { given, newSourcesOf, plain, primaryWrite, updateRecord, writePatch } from './curation.writes';
import { changeById } from './curation.resolver';
import {
  AffiliationChanges,
  AffiliationInput,
  AgreementChanges,
  AgreementInput,
  AssociationChanges,
  BoardRoleChanges,
  BoardRoleInput,
  CityChanges,
  CityInput,
  CountryChanges,
  CountryInput,
  DistrictChanges,
  DistrictInput,
  EventChanges,
  EventInput,
  GoalChanges,
  GoalInput,
  MembershipReportChanges,
  MembershipReportInput,
  NetworkMembershipChanges,
  NetworkMembershipInput,
  ParticipationChanges,
  ParticipationInput,
  PartnershipChanges,
  PartnershipInput,
  PersonChanges,
  PersonInput,
  ProgrammeChanges,
  ProgrammeInput,
  RegionChanges,
  RegionInput,
} from './record.inputs';

/** Which record an update names, and the version the caller read. */
@ArgsType()
export class RecordVersionArgs {
  @Field(() => ID, {
    description:
      "The record's key as history(id) takes it: its id, slug or code; a relationship record's ends joined by '/' (organization/network, organization/programme/role).",
  })
  @MaxLength(250)
  @Matches(RECORD_KEY_PATTERN)
  id!: string;

  @Field(() => Int, { description: 'The version the change was made from; CONFLICT when the record has moved on.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

interface RecordMutationSpec {
  section: CuratedSection;
  /** The type's name in the mutations' names: create<Name>, update<Name>. */
  name: string;
  /** "a person", in the descriptions. */
  noun: string;
  /** The create's input; none for a record that is only updated (the association). */
  Input?: ClassType;
  Changes: ClassType;
  /** The Node id of a record with this key (the node(id:) id); none for relationship records. */
  nodeId?: (key: string) => string;
}

const keyed =
  (type: KeyedType) =>
  (key: string): string =>
    keyedNodeId(type, key);
const datasetId = (key: string): string => key;

/** The node(id:) id of the records of the sections not written by the factory (attachCitation answers them too). */
const OTHER_NODE_IDS: Partial<Record<CuratedSection, (key: string) => string>> = {
  sources: datasetId,
  organizations: datasetId,
};

/** What a record mutation answers: the outcome of its record, the record as it now stands, and its Node id. */
export function recordWrite(
  spec: Pick<RecordMutationSpec, 'section' | 'nodeId'>,
  outcomes: Parameters<typeof primaryWrite>[0],
  key: string,
  record: Record<string, unknown>,
) {
  return {
    ...primaryWrite(outcomes, spec.section, key),
    kind: spec.section,
    record: canonical(shapeRecord(sectionSpec(spec.section), record)),
    nodeId: spec.nodeId?.(key) ?? null,
  };
}

/**
 * The create and update mutations of one section, each a thin resolver building a patch for the engine (one
 * executeWrite): the create takes the client's key (a retry writes nothing, other content is CONFLICT), the update the
 * version the caller read (CONFLICT when stale); newSources are created in the same transaction.
 */
function recordMutations(spec: RecordMutationSpec): ClassType[] {
  const section = sectionSpec(spec.section);

  @Resolver()
  class RecordUpdate {
    @Authorized('editor')
    @Mutation(() => RecordWrite, {
      name: `update${spec.name}`,
      description: `Changes ${spec.noun} (editor), from the version the caller read; fields not given keep their value.`,
    })
    async update(
      @Args() target: RecordVersionArgs,
      @Arg('changes', () => spec.Changes, { description: 'The fields to change.' }) changes: object,
      @Args() extra: NewSourcesArgs,
      @Ctx() ctx: AppContext,
    ) {
      const fields = plain(given(changes));
      let written: Record<string, unknown> = {};
      const change = (record: Record<string, unknown>) => (written = { ...record, ...fields });
      const outcomes = await updateRecord(ctx, spec.section, target, change, { sources: newSourcesOf(extra.newSources) }, 'changes');
      return recordWrite(spec, outcomes, keyOf(section, written), written);
    }
  }
  if (spec.Input === undefined) return [RecordUpdate];
  const Input = spec.Input;

  @Resolver()
  class RecordCreate {
    @Authorized('editor')
    @Mutation(() => RecordWrite, {
      name: `create${spec.name}`,
      description: `Adds ${spec.noun} with its citations (editor), creating newSources in the same transaction. A retry with the same content changes nothing; other content under the same key is CONFLICT.`,
    })
    async create(
      @Arg('input', () => Input, { description: `The ${spec.name.toLowerCase()} to add, with its citations.` }) input: object,
      @Args() extra: NewSourcesArgs,
      @Ctx() ctx: AppContext,
    ) {
      const record = shapeRecord(section, plain(input));
      const patch: Patch = { [spec.section]: [record], sources: newSourcesOf(extra.newSources) };
      const outcomes = await writePatch(ctx, patch, spec.section, 'input', { mode: 'create' });
      return recordWrite(spec, outcomes, keyOf(section, record), record);
    }
  }
  return [RecordCreate, RecordUpdate];
}

@Resolver(() => RecordWrite)
export class RecordWriteResolver {
  @FieldResolver(() => ChangeRecord, { nullable: true, description: 'The change recorded; null when nothing changed.' })
  change(@Root() write: RecordWrite, @Ctx() ctx: AppContext) {
    return changeById(write.changeId, ctx);
  }

  @FieldResolver()
  node(@Root() write: RecordWrite, @Ctx() ctx: AppContext) {
    return write.nodeId === null ? null : ctx.loaders.node(write.nodeId);
  }
}

const RECORD_MUTATIONS: RecordMutationSpec[] = [
  { section: 'people', name: 'Person', noun: 'a person', Input: PersonInput, Changes: PersonChanges, nodeId: datasetId },
  { section: 'cities', name: 'City', noun: 'a city', Input: CityInput, Changes: CityChanges, nodeId: keyed('City') },
  { section: 'countries', name: 'Country', noun: 'a country', Input: CountryInput, Changes: CountryChanges, nodeId: keyed('Country') },
  { section: 'regions', name: 'Region', noun: 'a region', Input: RegionInput, Changes: RegionChanges, nodeId: keyed('Region') },
  { section: 'districts', name: 'District', noun: 'a district', Input: DistrictInput, Changes: DistrictChanges, nodeId: keyed('District') },
  { section: 'events', name: 'Event', noun: 'an event', Input: EventInput, Changes: EventChanges, nodeId: keyed('Event') },
  {
    section: 'programmes',
    name: 'Programme',
    noun: 'a programme',
    Input: ProgrammeInput,
    Changes: ProgrammeChanges,
    nodeId: keyed('Programme'),
  },
  { section: 'partnerships', name: 'Partnership', noun: 'a partnership', Input: PartnershipInput, Changes: PartnershipChanges },
  {
    section: 'networkMemberships',
    name: 'NetworkMembership',
    noun: "an organization's membership of a network",
    Input: NetworkMembershipInput,
    Changes: NetworkMembershipChanges,
  },
  {
    section: 'participations',
    name: 'Participation',
    noun: "an organization's participation in a programme",
    Input: ParticipationInput,
    Changes: ParticipationChanges,
  },
  { section: 'roles', name: 'BoardRole', noun: 'a board role', Input: BoardRoleInput, Changes: BoardRoleChanges, nodeId: datasetId },
  {
    section: 'membershipReports',
    name: 'MembershipReport',
    noun: "a report of an association's member count",
    Input: MembershipReportInput,
    Changes: MembershipReportChanges,
    nodeId: datasetId,
  },
  {
    section: 'goals',
    name: 'Goal',
    noun: 'a statutory goal of the association',
    Input: GoalInput,
    Changes: GoalChanges,
    nodeId: keyed('Goal'),
  },
  { section: 'agreements', name: 'Agreement', noun: 'an agreement', Input: AgreementInput, Changes: AgreementChanges, nodeId: datasetId },
  {
    section: 'affiliations',
    name: 'Affiliation',
    noun: "a person's affiliation with an organization",
    Input: AffiliationInput,
    Changes: AffiliationChanges,
  },
  // The association is one record, stated once: it is changed, never created (only a dataset or an import states it).
  { section: 'association', name: 'Association', noun: "the association's own record", Changes: AssociationChanges, nodeId: datasetId },
];

export const recordMutationResolvers: ClassType[] = RECORD_MUTATIONS.flatMap(recordMutations);

/** The Node id of a record of any section, when it has one. */
export function nodeIdOf(section: CuratedSection): ((key: string) => string) | undefined {
  return RECORD_MUTATIONS.find((spec) => spec.section === section)?.nodeId ?? OTHER_NODE_IDS[section];
}
