import { round6 } from './decentralization';
import { countingReport } from './decentralization.assemble';
import type { ChangesRow } from './changes.repository';
import type { Changes } from './changes.type';

/** The changes between two days from the one row the query reads (pure: unit-testable on a hand-made row). */
export function assembleChanges(row: ChangesRow, from: string, to: string): Changes {
  const [before, after] = row.units;
  const counting = countingReport(row.reports, to);
  const report = counting?.report ?? null;
  const reported = report?.memberCount ?? null;
  const notes: string[] = [];
  notes.push(
    `Places (local self-government units) come from member-level data: ${row.membersKnown} member${row.membersKnown === 1 ? '' : 's'} ` +
      `known for certain on ${to}` +
      (report === null
        ? '; no dated report is on or before it.'
        : `, while ${report.id} (${report.asOf}) counts ${reported ?? 'no'} members; a place shown as newly reached may ` +
          'have been reached earlier by members the data does not name.'),
  );
  if (row.rolesHeldAsOf > 0) {
    notes.push(
      `${row.rolesHeldAsOf} role${row.rolesHeldAsOf === 1 ? ' is' : 's are'} shown held on a date in the range (heldAsOf) by a ` +
        'source that does not say when it began; not counted among the roles begun.',
    );
  }
  if (row.ended.length === 0) {
    notes.push('No membership is known to have ended in the range (an unknown end means "not known to have ended").');
  }
  return {
    from,
    to,
    membersAdmitted: row.admitted,
    membersGone: row.ended,
    placesReachedSlugs: after.filter((s) => !before.includes(s)),
    placesLeftSlugs: before.filter((s) => !after.includes(s)),
    boardRolesBegun: row.rolesBegun,
    boardRolesEnded: row.rolesEnded,
    reportsPublished: row.reports.filter((r) => r.asOfLatest > from),
    eventSlugs: row.eventSlugs,
    coverage: {
      membersKnown: row.membersKnown,
      membersPossible: row.membersPossible,
      membersReported: reported,
      membersReportedQualifier: report ? report.memberQualifier : null,
      ratio: reported ? round6(row.membersKnown / reported) : null,
    },
    notes,
  };
}
