import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { shapeRecord, type Patch, type RecordOutcome } from '../../curation/engine';
import { sectionSpec } from '../../curation/sections';
import { BadInputError } from '../../errors';
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
import { ChangeRecord, ChangeRecordPage, MembershipWrite, OrganizationWrite, SourceWrite } from './curation.type';
import { given, newSourcesOf, plain, primaryWrite, updateRecord, writePatch } from './curation.writes';
import type { Membership } from '../memberships/membership.type';

const CHANGE_ORDER = 'AT_DESC';

/** A keyset page, newest first, on (at, id): the change records' and the retractions'. */
export function pageOf<T extends { at: string; id: string }>(rows: T[], first: number, order: string) {
  const nodes = rows.slice(0, first);
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: false,
      startCursor: nodes[0] ? encodeCursor({ order, key: [nodes[0].at], id: nodes[0].id }) : null,
      endCursor: last ? encodeCursor({ order, key: [last.at], id: last.id }) : null,
    },
  };
}

/** The position after which a page starts, from the endCursor of the page before it. */
export function afterOf(after: string | null | undefined, order: string): { afterAt: string | null; afterId: string | null } {
  if (after === null || after === undefined) return { afterAt: null, afterId: null };
  try {
    const cursor = decodeCursor(after, order);
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
    const outcomes = await writePatch(ctx, { sources: [plain(input) as never] }, 'sources', 'input', { mode: 'create' });
    return primaryWrite(outcomes, 'sources', input.id);
  }

  @Authorized('editor')
  @Mutation(() => SourceWrite, { description: 'Changes a source (editor), from the version the caller read.' })
  async updateSource(
    @Args() target: VersionArgs,
    @Arg('changes', () => SourceChanges, { description: 'The fields to change.' }) changes: SourceChanges,
    @Ctx() ctx: AppContext,
  ) {
    const outcomes = await updateRecord(ctx, 'sources', target, (record) => ({ ...record, ...given(changes) }), {}, 'changes');
    return primaryWrite(outcomes, 'sources', target.id);
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
    // Fields left out are empty (null, or [] for a list), as the dataset holds them.
    const record = shapeRecord(sectionSpec('organizations'), plain(input));
    const patch: Patch = { organizations: [record as never], sources: newSourcesOf(extra.newSources) };
    const outcomes = await writePatch(ctx, patch, 'organizations', 'input', { mode: 'create' });
    return primaryWrite(outcomes, 'organizations', input.id);
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
    const fields = plain(given(changes));
    const extraSources = { sources: newSourcesOf(extra.newSources) };
    const outcomes = await updateRecord(ctx, 'organizations', target, (record) => ({ ...record, ...fields }), extraSources, 'changes');
    return primaryWrite(outcomes, 'organizations', target.id);
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
    const patch: Patch = { memberships: [record as never], sources: newSourcesOf(extra.newSources) };
    const outcomes = await writePatch(ctx, patch, 'memberships', 'input', { mode: 'create' });
    return this.membershipWrite(outcomes, input.member, input.association);
  }

  @Authorized('editor')
  @Mutation(() => MembershipWrite, {
    description:
      'Ends a membership (editor), from the version the caller read: until, with the citations that state the end added to its own.',
  })
  async endMembership(@Args() args: EndMembershipArgs, @Args() extra: NewSourcesArgs, @Ctx() ctx: AppContext) {
    const target = { id: `${args.member}/${args.association}`, expectedVersion: args.expectedVersion };
    const added = args.sources.map((c) => plain(c));
    const end = (record: Record<string, unknown>) => ({
      ...record,
      until: args.until,
      sources: [...(record.sources as unknown[]), ...added],
    });
    const outcomes = await updateRecord(ctx, 'memberships', target, end, { sources: newSourcesOf(extra.newSources) }, '');
    return this.membershipWrite(outcomes, args.member, args.association);
  }

  @Query(() => ChangeRecordPage, { description: "A record's changes through the API and imports, newest first." })
  async history(@Args() args: HistoryArgs, @Ctx() ctx: AppContext) {
    const page = { limit: args.first + 1, ...afterOf(args.after, CHANGE_ORDER) };
    return pageOf(await curationRepository.history(ctx.graph, args.id, args.kind ?? null, page), args.first, CHANGE_ORDER);
  }

  @Query(() => ChangeRecordPage, {
    description: 'Recent changes through the API and imports, newest first; filter by time, caller and section.',
  })
  async edits(@Args() args: EditsArgs, @Ctx() ctx: AppContext) {
    const filter = { since: args.since ?? null, by: args.by ?? null, kind: args.kind ?? null };
    const page = { limit: args.first + 1, ...afterOf(args.after, CHANGE_ORDER) };
    return pageOf(await curationRepository.edits(ctx.graph, filter, page), args.first, CHANGE_ORDER);
  }

  private membershipWrite(outcomes: RecordOutcome[], member: string, association: string) {
    return { ...primaryWrite(outcomes, 'memberships', `${member}/${association}`), member, association };
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

export function changeById(id: string | null, ctx: AppContext): Promise<ChangeRecord | null> | null {
  return id === null ? null : curationRepository.changeById(ctx.graph, id);
}
