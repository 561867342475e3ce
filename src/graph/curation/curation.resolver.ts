import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import {
  applyPatch,
  CurationConflict,
  CurationNotFound,
  InvalidDatasetError,
  readRecord,
  readRelationshipRecord,
  recordKey,
  type Actor,
  type Patch,
  type RecordOutcome,
} from '../../curation/engine';
import type { CuratedSection } from '../../curation/sections';
import { AppError, BadInputError, ErrorCode } from '../../errors';
import { InvalidCursorError, decodeCursor, encodeCursor } from '../../shared/cursor';
import type { Source } from '../common/citation.type';
import {
  EditsArgs,
  EndMembershipArgs,
  HistoryArgs,
  MembershipInput,
  NewSourcesArgs,
  OrganizationChanges,
  OrganizationInput,
  SourceChanges,
  SourceInput,
  VersionArgs,
} from './curation.inputs';
import { curationRepository } from './curation.repository';
import { ChangeRecord, ChangeRecordPage, MembershipWrite, OrganizationWrite, SourceWrite, WriteStatus } from './curation.type';
import type { Membership } from '../organizations/membership.type';

const CHANGE_ORDER = 'AT_DESC';

/** Where a problem in the patch came from in the request: `organizations[0].city` → ["input", "city"]. */
function argumentPathOf(path: string, primary: CuratedSection, argument: string): string[] {
  const parts = path.split(/[.[\]]+/).filter((p) => p !== '');
  const [section, index, ...rest] = parts;
  if (section === 'sources' && primary !== 'sources') return ['newSources', index ?? '0', ...rest];
  return section === primary ? [...(argument === '' ? [] : [argument]), ...rest] : parts;
}

/** Engine errors as the API's coded errors: the data layer throws plain errors, this edge gives them codes and places. */
function asApiError(error: unknown, primary: CuratedSection, argument: string): unknown {
  if (error instanceof InvalidDatasetError) {
    const problems = error.problems.map((p) => ({ argumentPath: argumentPathOf(p.path, primary, argument), message: p.message }));
    const first = problems[0];
    const failure = new BadInputError(`Invalid ${first.argumentPath.join('.')}: ${first.message}`, first.argumentPath);
    failure.extensions.problems = problems;
    return failure;
  }
  if (error instanceof CurationConflict) return new AppError(ErrorCode.CONFLICT, error.message, { ...error.details });
  if (error instanceof CurationNotFound) return new AppError(ErrorCode.NOT_FOUND, error.message, { kind: error.section, key: error.key });
  return error;
}

const actorOf = (ctx: AppContext): Actor => ({ id: ctx.viewer!.id, requestId: ctx.requestId });

/** The fields given in a changes input; undefined means "keep", null means "clear". */
function given(changes: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
}

const plain = <T extends object>(value: T): Record<string, unknown> => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

function writeOf(outcome: RecordOutcome): {
  status: WriteStatus;
  version: number;
  changedFields: string[];
  changeId: string | null;
  key: string;
} {
  return {
    status: outcome.status.toUpperCase() as WriteStatus,
    version: outcome.version,
    changedFields: outcome.changedFields,
    changeId: outcome.changeId,
    key: outcome.key,
  };
}

function pageOf(rows: ChangeRecord[], first: number): ChangeRecordPage {
  const nodes = rows.slice(0, first);
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: false,
      startCursor: nodes[0] ? encodeCursor({ order: CHANGE_ORDER, key: [nodes[0].at], id: nodes[0].id }) : null,
      endCursor: last ? encodeCursor({ order: CHANGE_ORDER, key: [last.at], id: last.id }) : null,
    },
  };
}

function afterOf(after: string | null | undefined): { afterAt: string | null; afterId: string | null } {
  if (after === null || after === undefined) return { afterAt: null, afterId: null };
  try {
    const cursor = decodeCursor(after, CHANGE_ORDER);
    if (typeof cursor.key[0] !== 'string') throw new InvalidCursorError('malformed');
    return { afterAt: cursor.key[0], afterId: cursor.id };
  } catch (error) {
    if (error instanceof InvalidCursorError) throw new BadInputError(error.message, ['after']);
    throw error;
  }
}

@Resolver()
export class CurationResolver {
  @Authorized('editor')
  @Mutation(() => SourceWrite, {
    description: 'Adds a source (editor). A retry with the same content changes nothing; other content under the same id is CONFLICT.',
  })
  async createSource(@Arg('input', () => SourceInput, { description: 'The source to add.' }) input: SourceInput, @Ctx() ctx: AppContext) {
    const patch: Patch = { sources: [plain(input) as never] };
    const [outcome] = await this.write(ctx, patch, 'sources', 'input', { mode: 'create' });
    return writeOf(outcome);
  }

  @Authorized('editor')
  @Mutation(() => SourceWrite, { description: 'Changes a source (editor), from the version the caller read.' })
  async updateSource(
    @Args() target: VersionArgs,
    @Arg('changes', () => SourceChanges, { description: 'The fields to change.' }) changes: SourceChanges,
    @Ctx() ctx: AppContext,
  ) {
    const outcomes = await this.update(ctx, 'sources', target, given(changes), {}, 'changes');
    return writeOf(outcomes.find((o) => o.section === 'sources' && o.key === target.id)!);
  }

  @Authorized('editor')
  @Mutation(() => OrganizationWrite, {
    description:
      'Adds an organization with its citations (editor), creating newSources in the same transaction. A retry with the same content changes nothing; other content under the same id is CONFLICT.',
  })
  async createOrganization(
    @Arg('input', () => OrganizationInput, { description: 'The organization to add, with its citations.' }) input: OrganizationInput,
    @Args() extra: NewSourcesArgs,
    @Ctx() ctx: AppContext,
  ) {
    const patch: Patch = { organizations: [plain(input) as never], sources: (extra.newSources ?? []).map((s) => plain(s) as never) };
    const outcomes = await this.write(ctx, patch, 'organizations', 'input', { mode: 'create' });
    return this.organizationWrite(outcomes, input.id);
  }

  @Authorized('editor')
  @Mutation(() => OrganizationWrite, {
    description: 'Changes an organization (editor), from the version the caller read; fields not given keep their value.',
  })
  async updateOrganization(
    @Args() target: VersionArgs,
    @Arg('changes', () => OrganizationChanges, { description: 'The fields to change.' }) changes: OrganizationChanges,
    @Args() extra: NewSourcesArgs,
    @Ctx() ctx: AppContext,
  ) {
    const sources = (extra.newSources ?? []).map((s) => plain(s) as never);
    const outcomes = await this.update(ctx, 'organizations', target, plain(given(changes)), { sources }, 'changes');
    return this.organizationWrite(outcomes, target.id);
  }

  @Authorized('editor')
  @Mutation(() => MembershipWrite, {
    description:
      'Admits a member to an association (editor): since, the assembly that admitted it, its citations; newSources are created in the same transaction. A retry with the same content changes nothing; other content for the same member and association is CONFLICT.',
  })
  async admitMember(
    @Arg('input', () => MembershipInput, { description: 'The membership to add, with its citations.' }) input: MembershipInput,
    @Args() extra: NewSourcesArgs,
    @Ctx() ctx: AppContext,
  ) {
    const record = { ...plain(input), until: null };
    const patch: Patch = { memberships: [record as never], sources: (extra.newSources ?? []).map((s) => plain(s) as never) };
    const outcomes = await this.write(ctx, patch, 'memberships', 'input', { mode: 'create' });
    return this.membershipWrite(outcomes, input.member, input.association);
  }

  @Authorized('editor')
  @Mutation(() => MembershipWrite, {
    description:
      'Ends a membership (editor), from the version the caller read: until, with the citations that state the end added to its own.',
  })
  async endMembership(@Args() args: EndMembershipArgs, @Args() extra: NewSourcesArgs, @Ctx() ctx: AppContext) {
    const newSources = (extra.newSources ?? []).map((s) => plain(s) as never);
    const modes = new Map(newSources.map((s: { id: string }) => [recordKey('sources', s.id), 'create' as const]));
    try {
      const outcomes = await ctx.graph.write(async (tx) => {
        const current = await readRelationshipRecord(tx, 'memberships', { member: args.member, association: args.association });
        if (current === null) throw new CurationNotFound('memberships', `${args.member}/${args.association}`);
        const cited = [...(current.record.sources as unknown[]), ...args.sources.map((c) => plain(c))];
        const patch: Patch = { memberships: [{ ...current.record, until: args.until, sources: cited } as never], sources: newSources };
        return applyPatch(tx, patch, actorOf(ctx), {
          mode: 'update',
          modes,
          origin: 'api',
          expectedVersions: new Map([[recordKey('memberships', current.key), args.expectedVersion]]),
        });
      });
      return this.membershipWrite(outcomes, args.member, args.association);
    } catch (error) {
      throw asApiError(error, 'memberships', '');
    }
  }

  @Query(() => ChangeRecordPage, { description: "A record's changes through the API and imports, newest first." })
  async history(@Args() args: HistoryArgs, @Ctx() ctx: AppContext) {
    const page = { limit: args.first + 1, ...afterOf(args.after) };
    return pageOf(await curationRepository.history(ctx.graph, args.id, args.kind ?? null, page), args.first);
  }

  @Query(() => ChangeRecordPage, {
    description: 'Recent changes through the API and imports, newest first; filter by time, caller and section.',
  })
  async edits(@Args() args: EditsArgs, @Ctx() ctx: AppContext) {
    const filter = { since: args.since ?? null, by: args.by ?? null, kind: args.kind ?? null };
    const page = { limit: args.first + 1, ...afterOf(args.after) };
    return pageOf(await curationRepository.edits(ctx.graph, filter, page), args.first);
  }

  private async write(
    ctx: AppContext,
    patch: Patch,
    primary: CuratedSection,
    argument: string,
    options: { mode: 'create' | 'update'; expectedVersions?: Map<string, number> },
  ): Promise<RecordOutcome[]> {
    // newSources beside an update are creates; the record the mutation names is what `mode` says.
    const modes = new Map((patch.sources ?? []).map((s) => [recordKey('sources', s.id), 'create' as const]));
    try {
      return await ctx.graph.write((tx) =>
        applyPatch(tx, patch, actorOf(ctx), { ...options, modes: primary === 'sources' ? undefined : modes, origin: 'api' }),
      );
    } catch (error) {
      throw asApiError(error, primary, argument);
    }
  }

  /** Reads the record, lays the given fields over it and writes it back, all in one transaction. */
  private async update(
    ctx: AppContext,
    section: CuratedSection,
    target: VersionArgs,
    changes: Record<string, unknown>,
    extra: Patch,
    argument: string,
  ): Promise<RecordOutcome[]> {
    const modes = new Map((extra.sources ?? []).map((s) => [recordKey('sources', s.id), 'create' as const]));
    try {
      return await ctx.graph.write(async (tx) => {
        const current = await readRecord(tx, section, target.id);
        if (current === null) throw new CurationNotFound(section, target.id);
        const record = { ...current.record, ...changes };
        const patch: Patch = { ...extra, [section]: [...((extra[section] as unknown[] | undefined) ?? []), record] };
        return applyPatch(tx, patch, actorOf(ctx), {
          mode: 'update',
          modes,
          origin: 'api',
          expectedVersions: new Map([[recordKey(section, target.id), target.expectedVersion]]),
        });
      });
    } catch (error) {
      throw asApiError(error, section, argument);
    }
  }

  private membershipWrite(outcomes: RecordOutcome[], member: string, association: string) {
    const own = outcomes.find((o) => o.section === 'memberships')!;
    return { ...writeOf(own), member, association, newSources: outcomes.filter((o) => o.section === 'sources').map(writeOf) };
  }

  private organizationWrite(outcomes: RecordOutcome[], id: string) {
    const own = outcomes.find((o) => o.section === 'organizations' && o.key === id)!;
    return { ...writeOf(own), newSources: outcomes.filter((o) => o.section === 'sources').map(writeOf) };
  }
}

@Resolver(() => SourceWrite)
export class SourceWriteResolver {
  @FieldResolver(() => ChangeRecord, { nullable: true, description: 'The change recorded; null when nothing changed.' })
  change(@Root() write: SourceWrite, @Ctx() ctx: AppContext) {
    return changeById(write.changeId, ctx);
  }

  @FieldResolver()
  async source(@Root() write: SourceWrite, @Ctx() ctx: AppContext): Promise<Source> {
    return (await curationRepository.sourceById(ctx.graph, write.key))!;
  }
}

@Resolver(() => OrganizationWrite)
export class OrganizationWriteResolver {
  @FieldResolver(() => ChangeRecord, { nullable: true, description: 'The change recorded; null when nothing changed.' })
  change(@Root() write: OrganizationWrite, @Ctx() ctx: AppContext) {
    return changeById(write.changeId, ctx);
  }

  @FieldResolver()
  organization(@Root() write: OrganizationWrite, @Ctx() ctx: AppContext) {
    return ctx.loaders.organizationById.load(write.key);
  }
}

@Resolver(() => MembershipWrite)
export class MembershipWriteResolver {
  @FieldResolver(() => ChangeRecord, { nullable: true, description: 'The change recorded; null when nothing changed.' })
  change(@Root() write: MembershipWrite, @Ctx() ctx: AppContext) {
    return changeById(write.changeId, ctx);
  }

  /** The member is an organization or a person: both are asked for, in one batch. */
  @FieldResolver()
  async membership(@Root() write: MembershipWrite, @Ctx() ctx: AppContext): Promise<Membership> {
    const lists = await ctx.loaders.membershipsByMember.loadMany([`Organization:${write.member}`, `Person:${write.member}`]);
    const all = lists.flatMap((list) => (Array.isArray(list) ? list : []));
    return all.find((m) => m.associationId === write.association)!;
  }
}

function changeById(id: string | null, ctx: AppContext): Promise<ChangeRecord | null> | null {
  return id === null ? null : curationRepository.changeById(ctx.graph, id);
}
