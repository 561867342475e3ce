import { BadInputError } from '../../src/errors';
import { describeExport, parseExportFilters } from '../../src/export/filters';

const ALL = ['AGREEMENT', 'CO_FOUNDING', 'COOPERATION', 'NETWORK_MEMBERSHIP', 'JOINT_PROGRAMME'];

describe('parseExportFilters', () => {
  it('defaults: the NKSS, all dates, every origin, everyone', () => {
    expect(parseExportFilters({})).toEqual({ association: 'nkss', from: null, to: null, origins: ALL, membersOnly: false });
  });

  it('reads every parameter; origins come back in enum order, without repeats', () => {
    expect(
      parseExportFilters({
        association: 'syn-association',
        from: '2011-01-01',
        to: '2011-12-31',
        origins: 'JOINT_PROGRAMME, AGREEMENT,AGREEMENT',
        membersOnly: 'true',
      }),
    ).toEqual({
      association: 'syn-association',
      from: '2011-01-01',
      to: '2011-12-31',
      origins: ['AGREEMENT', 'JOINT_PROGRAMME'],
      membersOnly: true,
    });
    expect(parseExportFilters({ membersOnly: '0' }).membersOnly).toBe(false);
    expect(parseExportFilters({ from: '2020-02-29', to: '2020-02-29' })).toMatchObject({ from: '2020-02-29', to: '2020-02-29' });
  });

  test.each([
    [{ from: '2011' }, ['from'], 'from must be a day, YYYY-MM-DD (got "2011")'],
    [{ to: '2011-02-30' }, ['to'], 'to must be a day, YYYY-MM-DD (got "2011-02-30")'],
    [{ from: '2012-01-01', to: '2011-12-31' }, ['to'], 'to (2011-12-31) is before from (2012-01-01)'],
    [
      { origins: 'COOPERATION,PARTNERSHIP' },
      ['origins'],
      'origins must be a comma-separated list of AGREEMENT, CO_FOUNDING, COOPERATION, NETWORK_MEMBERSHIP, JOINT_PROGRAMME (got "PARTNERSHIP")',
    ],
    [
      { origins: '' },
      ['origins'],
      'origins must be a comma-separated list of AGREEMENT, CO_FOUNDING, COOPERATION, NETWORK_MEMBERSHIP, JOINT_PROGRAMME (got "")',
    ],
    [{ membersOnly: 'yes' }, ['membersOnly'], 'membersOnly must be true or false (got "yes")'],
    [{ association: 'NKSS!' }, ['association'], 'association must be a slug such as "nkss" (got "NKSS!")'],
    [{ from: ['2011-01-01', '2012-01-01'] }, ['from'], 'from must be given once, as a single value'],
    [{ since: '2011-01-01' }, ['since'], 'Unknown parameter "since"; expected one of association, from, to, origins, membersOnly'],
  ])('%j is refused', async (input, argumentPath, message) => {
    const parsing = Promise.resolve(input).then(parseExportFilters);
    await expect(parsing).rejects.toBeInstanceOf(BadInputError);
    await expect(parsing).rejects.toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', argumentPath } });
  });
});

describe('describeExport', () => {
  it('says what the file holds', () => {
    expect(describeExport(parseExportFilters({}))).toBe(
      'Network of organizations and the members of nkss: ties (AGREEMENT, CO_FOUNDING, COOPERATION, NETWORK_MEMBERSHIP, JOINT_PROGRAMME) and memberships overlapping all dates.',
    );
    expect(describeExport(parseExportFilters({ from: '2011-01-01', origins: 'AGREEMENT', membersOnly: 'true' }))).toBe(
      'Network of the members of nkss and the association: ties (AGREEMENT) and memberships overlapping 2011-01-01 to ….',
    );
  });
});
