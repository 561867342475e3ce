import { Neo4jError, type Driver } from 'neo4j-driver';
import { warmUpAnalytics } from '../../src/neo4j/warm-up';

/** A Driver stand-in whose sessions fail the analytics warm-up statement with `error` and record every statement run. */
function failingDriver(error: Error) {
  const sent: { text: string; params: Record<string, unknown> }[] = [];
  const session = () => ({
    run: async (text: string, params: Record<string, unknown> = {}) => {
      sent.push({ text, params });
      if (text.includes('gds.graph.project(') && !text.startsWith('EXPLAIN')) throw error;
      return { records: [] };
    },
    close: async () => undefined,
  });
  return { driver: { session } as unknown as Driver, sent };
}

describe('warmUpAnalytics', () => {
  it('without Graph Data Science: false, and nothing planned', async () => {
    const missing = new Neo4jError(
      'There is no procedure with the name `gds.version` registered for this database instance.',
      'Neo.ClientError.Procedure.ProcedureNotFound',
      '42N08',
      'error: procedure not found',
    );
    const { driver, sent } = failingDriver(missing);
    await expect(warmUpAnalytics(driver, undefined)).resolves.toBe(false);
    expect(sent.some((s) => s.text.startsWith('EXPLAIN'))).toBe(false);
  });

  it('any other failure: reported, after dropping the projection by the name it used', async () => {
    const broken = new Neo4jError(
      'Failed to invoke procedure `gds.louvain.mutate`',
      'Neo.ClientError.Procedure.ProcedureCallFailed',
      '',
      '',
    );
    const { driver, sent } = failingDriver(broken);
    await expect(warmUpAnalytics(driver, undefined)).rejects.toBe(broken);
    expect(sent).toHaveLength(2);
    expect(sent[1].text).toContain('gds.graph.drop($graphName, false)');
    expect(sent[1].params).toEqual({ graphName: sent[0].params.graphName });
    expect(sent[0].params.graphName).toMatch(/^nkss-warm-up-[0-9a-f-]{36}$/);
  });
});
