import { DATASET_ID_KINDS, parseNodeId } from '../../src/graph/node/node-id';

describe('parseNodeId', () => {
  test('"Type:key" names a type keyed by slug or code', () => {
    expect(parseNodeId('City:beograd')).toEqual({ kind: 'keyed', type: 'City', key: 'beograd' });
    expect(parseNodeId('Country:RS')).toEqual({ kind: 'keyed', type: 'Country', key: 'RS' });
    expect(parseNodeId('Goal:G01')).toEqual({ kind: 'keyed', type: 'Goal', key: 'G01' });
  });

  test('a tie id names a partnership', () => {
    expect(parseNodeId('COOPERATION|partnership-x|org-a|org-b')).toEqual({
      kind: 'partnership',
      id: 'COOPERATION|partnership-x|org-a|org-b',
    });
  });

  test('org- and person- name their kind; any other dataset id may be any kind', () => {
    expect(parseNodeId('org-nkss')).toEqual({ kind: 'dataset', id: 'org-nkss', candidates: ['Organization'] });
    expect(parseNodeId('person-aleksandar-gubas')).toEqual({ kind: 'dataset', id: 'person-aleksandar-gubas', candidates: ['Person'] });
    expect(parseNodeId('report-2011-05-22-nkss')).toEqual({ kind: 'dataset', id: 'report-2011-05-22-nkss', candidates: DATASET_ID_KINDS });
  });

  test.each(['', 'City:', ':beograd', 'Planet:mars', 'Organization:org-nkss', 'City:beo grad', 'a b', 'org-', '-x', 'x--y', 'City:a:b'])(
    '%j names nothing',
    (id) => {
      expect(parseNodeId(id)).toBeNull();
    },
  );
});
