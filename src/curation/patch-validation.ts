import type { ManagedTransaction } from 'neo4j-driver';
import { InvalidDatasetError, referencesOf, refLabels, validateDataset, type DatasetProblem, type Ref } from '../dataset/validate';
import { cypher } from '../neo4j/cypher';
import type { Patch, PatchContext } from './records';
import { recordsOf } from './records';
import { curatedSections, keyOf } from './sections';

/** The keys a patch refers to that the graph holds, by kind of reference (one query), and the people among them. */
async function existingReferences(tx: ManagedTransaction, patch: Patch): Promise<{ existing: Map<Ref, Set<string>>; people: Set<string> }> {
  const wanted = referencesOf(patch);
  const uids = [...wanted].flatMap(([ref, keys]) => [...keys].flatMap((key) => refLabels[ref].map((label) => `${label}:${key}`)));
  const result = await tx.run(cypher('curation/existing-uids'), { uids });
  const present = new Set(result.records.map((r) => String(r.get('uid'))));
  const existing = new Map<Ref, Set<string>>();
  for (const [ref, keys] of wanted) {
    existing.set(ref, new Set([...keys].filter((key) => refLabels[ref].some((label) => present.has(`${label}:${key}`)))));
  }
  const people = new Set([...present].filter((uid) => uid.startsWith('Person:')).map((uid) => uid.slice('Person:'.length)));
  return { existing, people };
}

/** Two records of a section with one key (a membership listed twice) would write one relationship: refused. */
function duplicateKeys(patch: Patch): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  for (const spec of curatedSections) {
    if (spec.kind !== 'relationship') continue;
    const seen = new Set<string>();
    recordsOf(patch, spec).forEach((record, i) => {
      const key = keyOf(spec, record);
      if (seen.has(key)) problems.push({ path: `${spec.section}[${i}]`, message: `duplicate ${spec.section} record ${key}` });
      seen.add(key);
    });
  }
  return problems;
}

/** Validates a patch with the dataset's rules against what the graph holds; returns what the loader's mapping needs. */
export async function validatePatch(tx: ManagedTransaction, patch: Patch): Promise<PatchContext> {
  const { existing, people } = await existingReferences(tx, patch);
  let problems: DatasetProblem[] = [];
  try {
    validateDataset(patch, { partial: true, existing });
  } catch (error) {
    if (!(error instanceof InvalidDatasetError)) throw error;
    problems = error.problems;
  }
  problems.push(...duplicateKeys(patch));
  const needsAssociation = (patch.goals ?? []).length > 0 || (patch.organizations ?? []).length > 0;
  const found = needsAssociation ? (await tx.run(cypher('curation/association-id'))).records[0] : undefined;
  const associationId = found === undefined ? undefined : String(found.get('id'));
  // The association is an Organization node too; written as an organization it would lose what only it has.
  (patch.organizations ?? []).forEach((o, i) => {
    if (o.id === associationId)
      problems.push({ path: `organizations[${i}].id`, message: `${o.id} is the association: write it in the association section` });
  });
  if ((patch.goals ?? []).length > 0 && patch.association === undefined && associationId === undefined) {
    problems.push({ path: 'goals', message: "goals are the association's: import the association first" });
  }
  if (problems.length > 0) throw new InvalidDatasetError(problems);
  for (const person of patch.people ?? []) people.add(person.id);
  return { isPerson: (id) => people.has(id), associationId };
}
