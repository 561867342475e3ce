import { IsIn, IsInt, Length, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { purgeRecord, restoreRecord, retractRecord } from '../../curation/retraction';
import { curatedSections, type CuratedSection } from '../../curation/sections';
import { ChangePageArgs, CitationInput, NewSourcesArgs, RECORD_KEY_PATTERN } from './curation.inputs';
import { curationRepository } from './curation.repository';
import { afterOf, changeById, pageOf } from './curation.resolver';
import { ChangeRecord, RecordWrite, RetractedRecordPage, RetractionWrite } from './curation.type';
import { newSourcesOf, plain, runRetraction as run, updateRecord } from './curation.writes';
import { nodeIdOf, recordWrite } from './record.resolver';

const RETRACTED_ORDER = 'RETRACTED_AT_DESC';

/** Every section but the association (one record, never retracted). */
const RECORD_KINDS = curatedSections.map((spec) => spec.section).filter((section) => section !== 'association');
/** The sections whose records cite sources (a source itself does not). */
const CITED_KINDS = RECORD_KINDS.filter((section) => section !== 'sources');

@ArgsType()
class RecordTargetArgs {
  @Field({ description: 'The section of the dataset the record is in: people, cities, memberships, partnerships …' })
  @IsIn(RECORD_KINDS)
  kind!: string;

  @Field(() => ID, {
    description:
      "The record's key as history(id) takes it: its id, slug or code; a relationship record's ends joined by '/' (member/association, organization/network, organization/programme/role, person/organization); a partnership's id.",
  })
  @MaxLength(250)
  @Matches(RECORD_KEY_PATTERN)
  id!: string;

  @Field(() => Int, { description: 'The version the caller read; CONFLICT when the record has moved on.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

@ArgsType()
class RetractArgs extends RecordTargetArgs {
  @Field({ description: 'Why the fact is retracted (kept with it, shown by `retracted`).' })
  @Length(1, 2000)
  reason!: string;
}

@ArgsType()
class AttachCitationArgs extends RecordTargetArgs {
  @Field({ description: 'The section of the dataset the record is in (any that cites sources).' })
  @IsIn(CITED_KINDS)
  declare kind: string;

  @Field(() => CitationInput, {
    description: 'The citation to add after the record’s own: a source (in the graph or in newSources) and its words.',
  })
  @ValidateNested()
  citation!: CitationInput;
}

/** kind (a section), first and after, as history and edits take them. */
@ArgsType()
class RetractedArgs extends ChangePageArgs {}

@Resolver()
export class RetractionResolver {
  @Authorized('editor')
  @Mutation(() => RecordWrite, {
    description:
      'Adds a citation to any fact (editor): a node record by its id, slug or code, a relationship record by its key as history(id) takes it, from the version the caller read; newSources are created in the same transaction. A change with its change record.',
  })
  async attachCitation(@Args() args: AttachCitationArgs, @Args() extra: NewSourcesArgs, @Ctx() ctx: AppContext) {
    const section = args.kind as CuratedSection;
    const citation = plain(args.citation);
    let written: Record<string, unknown> = {};
    const cite = (record: Record<string, unknown>) =>
      (written = { ...record, sources: [...((record.sources as unknown[] | null) ?? []), citation] });
    const outcomes = await updateRecord(ctx, section, args, cite, { sources: newSourcesOf(extra.newSources) }, '');
    const own = outcomes.find((o) => o.section === section)!;
    return recordWrite({ section, nodeId: nodeIdOf(section) }, outcomes, own.key, written);
  }

  @Authorized('admin')
  @Mutation(() => RetractionWrite, {
    description:
      'Retracts a fact (admin), from the version the caller read, with the reason: it is hidden from every answer, kept with who, when and why, listed by `retracted`, and the ties are rebuilt. A node record that live records still point at is CONFLICT (retract or change them first).',
  })
  retract(@Args() args: RetractArgs, @Ctx() ctx: AppContext) {
    return run(ctx, args, (tx, section, key, version, actor) => retractRecord(tx, section, key, version, args.reason, actor));
  }

  @Authorized('admin')
  @Mutation(() => RetractionWrite, {
    description: 'Restores a retracted fact (admin), from the version `retracted` shows: it answers again; the ties are rebuilt.',
  })
  restore(@Args() args: RecordTargetArgs, @Ctx() ctx: AppContext) {
    return run(ctx, args, restoreRecord);
  }

  @Authorized('admin')
  @Mutation(() => RetractionWrite, {
    description:
      'Removes a retracted fact for good (admin), from the version `retracted` shows; a live record is CONFLICT. Its change records stay, and the PURGE one keeps the record as it stood.',
  })
  purge(@Args() args: RecordTargetArgs, @Ctx() ctx: AppContext) {
    return run(ctx, args, purgeRecord);
  }

  @Query(() => RetractedRecordPage, {
    description: 'Retracted facts, the latest retraction first, with who retracted each, when and why: no other answer shows them.',
  })
  async retracted(@Args() args: RetractedArgs, @Ctx() ctx: AppContext) {
    const page = { limit: args.first + 1, ...afterOf(args.after, RETRACTED_ORDER) };
    return pageOf(await curationRepository.retracted(ctx.graph, args.kind ?? null, page), args.first, RETRACTED_ORDER);
  }
}

@Resolver(() => RetractionWrite)
export class RetractionWriteResolver {
  @FieldResolver(() => ChangeRecord, { description: 'The change recorded (RETRACT, RESTORE or PURGE).' })
  async change(@Root() write: RetractionWrite, @Ctx() ctx: AppContext) {
    return (await changeById(write.changeId, ctx))!;
  }
}
