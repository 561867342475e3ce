import 'reflect-metadata';
import { TieOrigin } from '../../src/graph/partnerships/tie.type';
import { distinct, originOf, routeTieIds, tieId } from '../../src/graph/partnerships/tie-id';

describe('tie ids', () => {
  test('put the smaller organization id first, whichever end comes first', () => {
    expect(tieId('JOINT_PROGRAMME|reg-lab', 'org-nkss', 'org-anibar')).toBe('JOINT_PROGRAMME|reg-lab|org-anibar|org-nkss');
    expect(tieId('JOINT_PROGRAMME|reg-lab', 'org-anibar', 'org-nkss')).toBe('JOINT_PROGRAMME|reg-lab|org-anibar|org-nkss');
  });

  test('compare ids as plain strings, as Cypher does (a hyphen sorts before a letter)', () => {
    expect(tieId('COOPERATION|p', 'org-ab', 'org-a-b')).toBe('COOPERATION|p|org-a-b|org-ab');
  });

  test('read the origin of a step or id, refusing anything else', () => {
    expect(originOf('NETWORK_MEMBERSHIP|kooperativa')).toBe(TieOrigin.NETWORK_MEMBERSHIP);
    expect(originOf('AGREEMENT|agreement-2011|org-a|org-b')).toBe(TieOrigin.AGREEMENT);
    expect(() => originOf('FRIENDSHIP|x')).toThrow(RangeError);
  });

  test('turn a route start → through → target and its steps into the ids of its ties', () => {
    expect(
      routeTieIds('org-nkss', ['org-stanica', 'org-kulturni-centar-magacin'], 'org-trans-europe-halles', [
        'COOPERATION|partnership-stanica-nkss-cooperation',
        'JOINT_PROGRAMME|na-sopstveni-pogon',
        'NETWORK_MEMBERSHIP|trans-europe-halles',
      ]),
    ).toEqual([
      'COOPERATION|partnership-stanica-nkss-cooperation|org-nkss|org-stanica',
      'JOINT_PROGRAMME|na-sopstveni-pogon|org-kulturni-centar-magacin|org-stanica',
      'NETWORK_MEMBERSHIP|trans-europe-halles|org-kulturni-centar-magacin|org-trans-europe-halles',
    ]);
    expect(routeTieIds('org-a', [], 'org-b', ['COOPERATION|x'])).toEqual(['COOPERATION|x|org-a|org-b']);
    expect(() => routeTieIds('org-a', ['org-b'], 'org-c', ['COOPERATION|x'])).toThrow(RangeError);
  });

  test('distinct keeps first-seen order', () => {
    expect(distinct(['b', 'a', 'b', 'c', 'a'])).toEqual(['b', 'a', 'c']);
  });
});
