import type { CuratedSection } from './sections';

/** Who writes a patch, how, and what each record's write came to: shared by the engine and the writer (patch-write.ts). */
export interface Actor {
  /** Who writes: a token's subject, an API key's name, or the import's operator. */
  id: string;
  requestId: string | null;
}

export type WriteMode =
  /** New records only: an existing key with the same content is a retry (nothing written), other content a conflict. */
  | 'create'
  /** Existing records only, each at the version the caller saw. */
  | 'update'
  /** Either (imports): absent → created, identical → left alone, different → updated. */
  | 'merge';

export interface WriteOptions {
  mode: WriteMode;
  origin: 'api' | 'import';
  /** A mode for particular records ("organizations:org-x"), overriding `mode` (a create beside an update). */
  modes?: ReadonlyMap<string, WriteMode>;
  /** update: the version the caller read, per record key ("organizations:org-x"). */
  expectedVersions?: ReadonlyMap<string, number>;
  /** Validate and compare, write nothing. */
  dryRun?: boolean;
}

export type RecordStatus = 'created' | 'updated' | 'unchanged';

export interface RecordOutcome {
  section: CuratedSection;
  key: string;
  status: RecordStatus;
  version: number;
  /** Fields that differ from what the graph held (every field for a new record). */
  changedFields: string[];
  changeId: string | null;
}
