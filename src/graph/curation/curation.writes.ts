import type { ManagedTransaction } from 'neo4j-driver';
import type { AppContext } from '../../context';
import {
  applyPatch,
  CurationConflict,
  CurationNotFound,
  InvalidDatasetError,
  readRecordByKey,
  recordKey,
  type Actor,
  type Patch,
  type RecordOutcome,
  type WriteMode,
} from '../../curation/engine';
import type { RetractionOutcome } from '../../curation/retraction';
import { sectionSpec, type CuratedSection } from '../../curation/sections';
import { AppError, BadInputError, ErrorCode } from '../../errors';
import type { WriteStatus } from './curation.type';

// What every curation mutation shares: one patch in one executeWrite through the engine, the engine's errors as the
// API's coded errors at the argument they came from, and the outcome as a WriteResult.

/** Where a problem in the patch came from in the request: `organizations[0].city` → ["input", "city"]. */
function argumentPathOf(path: string, primary: CuratedSection, argument: string): string[] {
  const parts = path.split(/[.[\]]+/).filter((p) => p !== '');
  const [section, index, ...rest] = parts;
  if (section === 'sources' && primary !== 'sources') return ['newSources', index ?? '0', ...rest];
  return section === primary ? [...(argument === '' ? [] : [argument]), ...rest] : parts;
}

/** Engine errors as the API's coded errors: the data layer throws plain errors, this edge gives them codes and places. */
export function asApiError(error: unknown, primary: CuratedSection, argument: string): unknown {
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

export const actorOf = (ctx: AppContext): Actor => ({ id: ctx.viewer!.id, requestId: ctx.requestId });

/** The fields given in a changes input; undefined means "keep", null means "clear". */
export function given(changes: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
}

/** An input object as plain JSON (what the engine and the validator take). */
export const plain = <T extends object>(value: T): Record<string, unknown> => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

/** newSources as records of the patch. */
export const newSourcesOf = (newSources: object[] | null | undefined): never[] => (newSources ?? []).map((s) => plain(s) as never);

export interface WriteOutcome {
  status: WriteStatus;
  version: number;
  changedFields: string[];
  changeId: string | null;
  key: string;
}

export function writeOf(outcome: RecordOutcome): WriteOutcome {
  return {
    status: outcome.status.toUpperCase() as WriteStatus,
    version: outcome.version,
    changedFields: outcome.changedFields,
    changeId: outcome.changeId,
    key: outcome.key,
  };
}

/** The outcome of the record a mutation names, and what happened to each of its newSources. */
export function primaryWrite(
  outcomes: RecordOutcome[],
  section: CuratedSection,
  key: string,
): WriteOutcome & { newSources: WriteOutcome[] } {
  const own = outcomes.find((o) => o.section === section && o.key === key) ?? outcomes.find((o) => o.section === section)!;
  return { ...writeOf(own), newSources: section === 'sources' ? [] : outcomes.filter((o) => o.section === 'sources').map(writeOf) };
}

/** newSources beside another record are creates, whatever the mode of the record the mutation names. */
const sourceModes = (patch: Patch, primary: CuratedSection): Map<string, WriteMode> | undefined =>
  primary === 'sources' ? undefined : new Map((patch.sources ?? []).map((s) => [recordKey('sources', s.id), 'create' as const]));

/** One patch, one executeWrite: a create (a retry writes nothing, other content CONFLICT) or a merge. */
export async function writePatch(
  ctx: AppContext,
  patch: Patch,
  primary: CuratedSection,
  argument: string,
  options: { mode: WriteMode; expectedVersions?: Map<string, number> },
): Promise<RecordOutcome[]> {
  try {
    return await ctx.graph.write((tx) =>
      applyPatch(tx, patch, actorOf(ctx), { ...options, modes: sourceModes(patch, primary), origin: 'api' }),
    );
  } catch (error) {
    throw asApiError(error, primary, argument);
  }
}

/**
 * Reads the record (a node by its key, a relationship record by its ends joined by '/'), lays the change over it and
 * writes it back from the version the caller read, all in one transaction. `change` gets the record as it stands.
 */
export async function updateRecord(
  ctx: AppContext,
  section: CuratedSection,
  target: { id: string; expectedVersion: number },
  change: (record: Record<string, unknown>) => Record<string, unknown>,
  extra: Patch,
  argument: string,
): Promise<RecordOutcome[]> {
  try {
    return await ctx.graph.write(async (tx) => {
      const current = await readRecordByKey(tx, section, target.id);
      if (current === null) throw new CurationNotFound(section, target.id);
      const record = change(current.record);
      // The association is one object in the dataset, not a list.
      const records = sectionSpec(section).single ? record : [...((extra[section] as unknown[] | undefined) ?? []), record];
      const patch: Patch = { ...extra, [section]: records };
      return applyPatch(tx, patch, actorOf(ctx), {
        mode: 'update',
        modes: sourceModes(extra, section),
        origin: 'api',
        expectedVersions: new Map([[recordKey(section, current.key), target.expectedVersion]]),
      });
    });
  } catch (error) {
    throw asApiError(error, section, argument);
  }
}

type RetractionOperation = (
  tx: ManagedTransaction,
  section: CuratedSection,
  key: string,
  expectedVersion: number,
  actor: Actor,
) => Promise<RetractionOutcome>;

/** A retraction, restore or purge of the record `kind`/`id` names, in one executeWrite. */
export async function runRetraction(
  ctx: AppContext,
  target: { kind: string; id: string; expectedVersion: number },
  operation: RetractionOperation,
): Promise<Omit<RetractionOutcome, 'section'> & { kind: string }> {
  const section = target.kind as CuratedSection;
  try {
    const { section: kind, ...outcome } = await ctx.graph.write((tx) =>
      operation(tx, section, target.id, target.expectedVersion, actorOf(ctx)),
    );
    return { kind, ...outcome };
  } catch (error) {
    throw asApiError(error, section, '');
  }
}
