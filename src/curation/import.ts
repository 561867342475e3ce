import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { InvalidDatasetError } from '../dataset/validate';
import type { Graph } from '../neo4j/run';
import { readCsvSection } from './csv';
import { applyPatch, recordsOf, validatePatch, type Actor, type Patch, type RecordOutcome } from './engine';
import { curatedSections, type CuratedSection } from './sections';

/** One file to import: its name (for the report) and its parsed content, a partial dataset in data/nkss.json's format. */
export interface ImportSource {
  file: string;
  content: unknown;
  /** Where each record is in the file when it is not a JSON path (a CSV row), by section. */
  locations?: Record<string, string[]>;
}

/** One bad record: which file, where in it (a JSON path), which field, what is wrong. */
export interface ImportProblem {
  file: string;
  path: string;
  field: string | null;
  message: string;
}

/** The import was refused before anything was written; every problem found is listed. */
export class ImportRejected extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(`The import has ${problems.length} problem(s); nothing was written:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ImportRejected';
  }
}

export function formatProblem(p: ImportProblem): string {
  return `  ${p.file}: ${p.path}${p.field === null ? '' : ` field ${p.field}`}: ${p.message}`;
}

/** Top-level keys of a whole dataset file that describe the file, not facts: an import skips them. */
const FILE_METADATA = new Set(['version', 'about', 'generatedFrom']);

/**
 * Records per write transaction: each batch rebuilds the ties it touched (a query planned afresh every run, ~1–3 s), so
 * fewer, larger batches; 1,000 records stay far below a transaction's memory limit.
 */
export const DEFAULT_BATCH_SIZE = 1000;

export interface SectionReport {
  added: string[];
  changed: { key: string; fields: string[] }[];
  unchanged: number;
}

export interface ImportReport {
  dryRun: boolean;
  files: string[];
  records: number;
  batches: number;
  sections: Partial<Record<CuratedSection, SectionReport>>;
}

export interface ImportOptions {
  actor: Actor;
  dryRun?: boolean;
  batchSize?: number;
  /** Called after each committed batch with the records written so far and the total. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Reads JSON files (partial datasets) and CSV files (one section each, docs/import.md); a file that cannot be read or
 * parsed, or a CSV cell that cannot be read, is a problem of the import, not a crash.
 */
export function readImportFiles(paths: readonly string[]): { sources: ImportSource[]; problems: ImportProblem[] } {
  const sources: ImportSource[] = [];
  const problems: ImportProblem[] = [];
  for (const file of paths) {
    try {
      const text = fs.readFileSync(file, 'utf8');
      if (path.extname(file).toLowerCase() !== '.csv') {
        sources.push({ file, content: JSON.parse(text) as unknown });
        continue;
      }
      const csv = readCsvSection(file, text);
      for (const p of csv.problems) {
        problems.push({ file, path: p.row === null ? '$' : `row ${p.row}`, field: p.column, message: p.message });
      }
      sources.push({
        file,
        content: { [csv.section]: csv.section === 'association' ? csv.records[0] : csv.records },
        locations: { [csv.section]: csv.rows.map((row) => `row ${row}`) },
      });
    } catch (error) {
      problems.push({ file, path: '$', field: null, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { sources, problems };
}

interface Combined {
  patch: Patch;
  /** Where each record of the combined patch came from: "organizations[7]" → its file and its path there. */
  origins: Map<string, { file: string; path: string }>;
  problems: ImportProblem[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** All files as one patch (a reference may point at a record of another file), remembering where each record was. */
function combine(sources: readonly ImportSource[]): Combined {
  const patch: Record<string, unknown[]> = {};
  const origins = new Map<string, { file: string; path: string }>();
  const problems: ImportProblem[] = [];
  let association: Record<string, unknown> | undefined;
  const curated = new Set<string>(curatedSections.map((s) => s.section));
  for (const { file, content, locations } of sources) {
    if (!isObject(content)) {
      problems.push({ file, path: '$', field: null, message: 'must be a JSON object of dataset sections' });
      continue;
    }
    for (const [section, records] of Object.entries(content)) {
      if (FILE_METADATA.has(section)) continue;
      if (!curated.has(section)) {
        problems.push({ file, path: section, field: null, message: `is not a section an import can write (${[...curated].join(', ')})` });
        continue;
      }
      if (section === 'association') {
        if (!isObject(records)) problems.push({ file, path: section, field: null, message: 'must be one record (an object)' });
        else if (origins.has(section))
          problems.push({ file, path: section, field: null, message: `is also in ${origins.get(section)!.file}` });
        else {
          origins.set(section, { file, path: locations?.[section]?.[0] ?? section });
          association = records;
        }
        continue;
      }
      if (!Array.isArray(records)) {
        problems.push({ file, path: section, field: null, message: 'must be a list of records' });
        continue;
      }
      const list = (patch[section] ??= []);
      records.forEach((record, i) => {
        origins.set(`${section}[${list.length}]`, { file, path: locations?.[section]?.[i] ?? `${section}[${i}]` });
        list.push(record);
      });
    }
  }
  return { patch: (association === undefined ? patch : { ...patch, association }) as Patch, origins, problems };
}

/** A validator path of the combined patch ("organizations[7].sources[0].source") as the file's record and field. */
function locate(problemPath: string, origins: Combined['origins'], files: readonly string[]): Omit<ImportProblem, 'message'> {
  const match = /^(\w+\[\d+\]|association)(?:\.(.+))?$/.exec(problemPath);
  const origin = match === null ? undefined : origins.get(match[1]);
  if (match === null || origin === undefined) return { file: files.join(', '), path: problemPath, field: null };
  return { file: origin.file, path: origin.path, field: match[2] ?? null };
}

/** In a CSV file the field is a column: `sources[1].source` is reported in column sources, the rest in the message. */
function withColumn(problem: ImportProblem): ImportProblem {
  if (!problem.path.startsWith('row ') || problem.field === null) return problem;
  const column = problem.field.split(/[.[]/)[0];
  return column === problem.field ? problem : { ...problem, field: column, message: `${problem.field}: ${problem.message}` };
}

/**
 * Section-ordered batches of about `size` records, each one patch. A group of sections that reference each other both
 * ways (places: a district's seat is a city, a city's district a district) goes whole into one batch, so every batch's
 * references are in the graph or in the batch when it is written.
 */
function batches(patch: Patch, size: number): Patch[] {
  const out: Patch[] = [];
  let current: Record<string, unknown> = {};
  let count = 0;
  let group: string | undefined;
  const flush = (): void => {
    if (count > 0) out.push(current);
    current = {};
    count = 0;
  };
  for (const spec of curatedSections) {
    const records = recordsOf(patch, spec);
    if (records.length === 0) continue;
    if (spec.group === undefined || spec.group !== group) {
      if (group !== undefined) flush();
      group = spec.group;
    }
    for (const record of records) {
      if (count >= size && group === undefined) flush();
      if (spec.single) current[spec.section] = record;
      else ((current[spec.section] ??= []) as unknown[]).push(record);
      count += 1;
    }
  }
  flush();
  return out;
}

function report(outcomes: readonly RecordOutcome[], files: string[], dryRun: boolean, batchCount: number): ImportReport {
  const sections: ImportReport['sections'] = {};
  for (const o of outcomes) {
    const section = (sections[o.section] ??= { added: [], changed: [], unchanged: 0 });
    if (o.status === 'created') section.added.push(o.key);
    else if (o.status === 'updated') section.changed.push({ key: o.key, fields: o.changedFields });
    else section.unchanged += 1;
  }
  return { dryRun, files, records: outcomes.length, batches: batchCount, sections };
}

/**
 * The whole patch validated against the graph in one read transaction; for a dry run also compared with it, which is
 * what the import would do. A real import compares batch by batch as it writes.
 */
async function check(graph: Graph, patch: Patch, actor: Actor, dryRun: boolean): Promise<RecordOutcome[]> {
  const session = graph.driver.session({ database: graph.database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(async (tx) => {
      if (dryRun) return applyPatch(tx, patch, actor, { mode: 'merge', origin: 'import', dryRun: true });
      await validatePatch(tx, patch);
      return [];
    });
  } finally {
    await session.close();
  }
}

/**
 * Imports partial datasets (docs/curation.md, "Import and export"): validates every file's records together against the
 * graph and refuses the whole import, writing nothing, when any is bad; otherwise writes them through the curation engine
 * in batches, each batch one transaction (merge: new records created, different ones updated, identical ones left
 * alone). Nothing the files do not mention is removed, so importing the same files again changes nothing.
 */
export async function importSources(graph: Graph, sources: readonly ImportSource[], options: ImportOptions): Promise<ImportReport> {
  const files = sources.map((s) => s.file);
  const { patch, origins, problems } = combine(sources);
  if (problems.length > 0) throw new ImportRejected(problems);
  let planned: RecordOutcome[];
  try {
    planned = await check(graph, patch, options.actor, options.dryRun === true);
  } catch (error) {
    if (!(error instanceof InvalidDatasetError)) throw error;
    throw new ImportRejected(error.problems.map((p) => withColumn({ ...locate(p.path, origins, files), message: p.message })));
  }
  if (options.dryRun) return report(planned, files, true, 0);

  const parts = batches(patch, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const total = parts.reduce((sum, part) => sum + curatedSections.reduce((n, spec) => n + recordsOf(part, spec).length, 0), 0);
  const outcomes: RecordOutcome[] = [];
  for (const part of parts) {
    outcomes.push(...(await graph.write((tx) => applyPatch(tx, part, options.actor, { mode: 'merge', origin: 'import' }))));
    options.onProgress?.(outcomes.length, total);
  }
  return report(outcomes, files, false, parts.length);
}

/** The report as the CLI prints it: one line per section, then each added and changed record. */
export function formatReport(r: ImportReport): string {
  const lines = [
    `${r.dryRun ? 'Dry run (nothing written)' : 'Imported'}: ${r.records} record(s) from ${r.files.join(', ')}${r.dryRun ? '' : ` in ${r.batches} batch(es)`}`,
  ];
  for (const spec of curatedSections) {
    const s = r.sections[spec.section];
    if (s === undefined) continue;
    lines.push(`${spec.section}: ${s.added.length} added, ${s.changed.length} changed, ${s.unchanged} unchanged`);
    for (const key of s.added) lines.push(`  + ${key}`);
    for (const c of s.changed) lines.push(`  ~ ${c.key} (${c.fields.join(', ')})`);
  }
  return `${lines.join('\n')}\n`;
}
