import type { Graph } from '../../neo4j/run';
import { compareWithPrevious, countingReport, measure, previousStep, steps, type Step } from './decentralization.assemble';
import { decentralizationRepository as repo, type MemberDayRow } from './decentralization.repository';
import {
  type Decentralization,
  DecentralizationBasis,
  type DecentralizationLevel,
  type DecentralizationStep,
} from './decentralization.type';

/**
 * Answers decentralization questions in a fixed number of queries, whatever the number of members or units: one for the
 * association's reports and assemblies (the steps), then one for the member counts per unit on every day needed.
 */

const noMembers: Pick<MemberDayRow, 'certain' | 'possible' | 'withoutUnit' | 'units'> = {
  certain: 0,
  possible: 0,
  withoutUnit: 0,
  units: [],
};

export interface DecentralizationQuery {
  association: string;
  asOf: string;
  level: DecentralizationLevel;
  basis: DecentralizationBasis;
}

/** The answer as of a day; null when there is no such association. Two queries. */
export async function decentralizationAsOf(graph: Graph, query: DecentralizationQuery): Promise<Decentralization | null> {
  const basis = await repo.basis(graph, query.association);
  if (basis === null) return null;
  const previous = previousStep(
    steps(basis).map((s) => s.day),
    query.asOf,
  );
  const rows = await repo.members(graph, query.association, previous === null ? [query.asOf] : [query.asOf, previous]);
  const at = (day: string): Decentralization =>
    measure({
      asOf: day,
      level: query.level,
      requestedBasis: query.basis,
      counting: countingReport(basis.reports, day),
      members: rows.find((r) => r.day === day) ?? noMembers,
      undatedReports: basis.undatedReports,
    });
  return compareWithPrevious(at(query.asOf), previous === null ? null : at(previous), previous);
}

export interface TrendQuery {
  association: string;
  from: string | null;
  to: string | null;
  level: DecentralizationLevel;
}

/** One step per held assembly or report date in [from, to] (both inclusive), AUTO basis; null when there is no such association. Two queries. */
export async function decentralizationTrend(graph: Graph, query: TrendQuery): Promise<DecentralizationStep[] | null> {
  const basis = await repo.basis(graph, query.association);
  if (basis === null) return null;
  const all = steps(basis);
  const first = all.findIndex((s) => (query.from === null || s.day >= query.from) && (query.to === null || s.day <= query.to));
  if (first === -1) return [];
  const inRange = all.slice(first).filter((s) => query.to === null || s.day <= query.to);
  const before: Step | null = first > 0 ? (all[first - 1] ?? null) : null;
  const days = [...(before ? [before.day] : []), ...inRange.map((s) => s.day)];
  const rows = await repo.members(graph, query.association, days);
  const measured = days.map((day) =>
    measure({
      asOf: day,
      level: query.level,
      requestedBasis: DecentralizationBasis.AUTO,
      counting: countingReport(basis.reports, day),
      members: rows.find((r) => r.day === day) ?? noMembers,
      undatedReports: basis.undatedReports,
    }),
  );
  const offset = before ? 1 : 0;
  return inRange.map((step, i) => {
    const previous = i + offset > 0 ? (measured[i + offset - 1] ?? null) : null;
    const d = compareWithPrevious(measured[i + offset], previous, previous?.asOf ?? null);
    return {
      asOf: step.day,
      eventSlug: step.eventSlug,
      reports: step.reports,
      unitsReached: d.unitsReached,
      unitsReachedQualifier: d.unitsReachedQualifier,
      newUnits: d.newUnits,
      decentralization: d,
    };
  });
}
