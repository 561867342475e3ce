import {
  comparePartialDates,
  InvalidDateError,
  isPartialDate,
  parseIsoDay,
  parsePartialDate,
  PartialDate,
} from '../../src/shared/partial-date';

describe('parsePartialDate', () => {
  it.each<[string, PartialDate]>([
    ['2011', { value: '2011', precision: 'YEAR', earliest: '2011-01-01', latest: '2011-12-31' }],
    ['2011-07', { value: '2011-07', precision: 'MONTH', earliest: '2011-07-01', latest: '2011-07-31' }],
    ['2011-04', { value: '2011-04', precision: 'MONTH', earliest: '2011-04-01', latest: '2011-04-30' }],
    ['2011-02', { value: '2011-02', precision: 'MONTH', earliest: '2011-02-01', latest: '2011-02-28' }],
    ['2012-02', { value: '2012-02', precision: 'MONTH', earliest: '2012-02-01', latest: '2012-02-29' }],
    ['2000-02', { value: '2000-02', precision: 'MONTH', earliest: '2000-02-01', latest: '2000-02-29' }],
    ['1900-02', { value: '1900-02', precision: 'MONTH', earliest: '1900-02-01', latest: '1900-02-28' }],
    ['2011-12', { value: '2011-12', precision: 'MONTH', earliest: '2011-12-01', latest: '2011-12-31' }],
    ['2011-07-03', { value: '2011-07-03', precision: 'DAY', earliest: '2011-07-03', latest: '2011-07-03' }],
    ['2012-02-29', { value: '2012-02-29', precision: 'DAY', earliest: '2012-02-29', latest: '2012-02-29' }],
    ['1000', { value: '1000', precision: 'YEAR', earliest: '1000-01-01', latest: '1000-12-31' }],
    ['9999-12-31', { value: '9999-12-31', precision: 'DAY', earliest: '9999-12-31', latest: '9999-12-31' }],
  ])('parses %s', (input, expected) => {
    expect(parsePartialDate(input)).toEqual(expected);
    expect(isPartialDate(input)).toBe(true);
  });

  it.each([
    '',
    '2011-7',
    '2011-07-3',
    '11',
    '20110',
    '2011-',
    '2011-07-',
    '2011/07/03',
    '20110703',
    ' 2011',
    '2011 ',
    '2011\n',
    '2011-00',
    '2011-13',
    '2011-07-00',
    '2011-07-32',
    '2011-04-31',
    '2011-02-29',
    '1900-02-29',
    '0999',
    '0000',
    '10000',
    '-2011',
    '2011-07-03T00:00:00Z',
    '٢٠١١',
    'abcd',
  ])('rejects %j', (input) => {
    expect(() => parsePartialDate(input)).toThrow(InvalidDateError);
    expect(isPartialDate(input)).toBe(false);
  });

  it('puts the bad value in the error', () => {
    let caught: unknown;
    try {
      parsePartialDate('2011-13');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InvalidDateError);
    expect(caught).toBeInstanceOf(Error);
    expect((caught as InvalidDateError).value).toBe('2011-13');
    expect((caught as InvalidDateError).name).toBe('InvalidDateError');
    expect((caught as InvalidDateError).message).toContain('"2011-13"');
  });
});

describe('parseIsoDay', () => {
  it.each(['2011-07-03', '2012-02-29', '2000-02-29', '1000-01-01'])('accepts %s', (input) => {
    expect(parseIsoDay(input)).toBe(input);
  });

  it.each(['2011', '2011-07', '2011-02-29', '2011-04-31', '2011-7-3', ' 2011-07-03', '2011-07-03T12:00'])('rejects %j', (input) => {
    expect(() => parseIsoDay(input)).toThrow(InvalidDateError);
    expect(() => parseIsoDay(input)).toThrow(JSON.stringify(input));
  });
});

describe('comparePartialDates', () => {
  const p = parsePartialDate;

  it('orders by earliest day first', () => {
    expect(comparePartialDates(p('2010-12-31'), p('2011'))).toBeLessThan(0);
    expect(comparePartialDates(p('2011-07'), p('2011-06-30'))).toBeGreaterThan(0);
    expect(comparePartialDates(p('2011'), p('2011-02'))).toBeLessThan(0);
  });

  it('puts the more precise date first on a shared start (by latest ascending)', () => {
    expect(comparePartialDates(p('2011-01-01'), p('2011-01'))).toBeLessThan(0);
    expect(comparePartialDates(p('2011-01'), p('2011'))).toBeLessThan(0);
    expect(comparePartialDates(p('2011'), p('2011-01-01'))).toBeGreaterThan(0);
  });

  it('returns 0 only for equal values', () => {
    expect(comparePartialDates(p('2011-07'), p('2011-07'))).toBe(0);
    expect(comparePartialDates(p('2011-07-01'), p('2011-07'))).not.toBe(0);
  });

  it('sorts a mixed list deterministically', () => {
    const values = ['2012', '2011-07', '2011', '2011-07-03', '2011-01-01', '2011-07-01', '2011-01'];
    const sorted = values
      .map(p)
      .sort(comparePartialDates)
      .map((d) => d.value);
    expect(sorted).toEqual(['2011-01-01', '2011-01', '2011', '2011-07-01', '2011-07', '2011-07-03', '2012']);
  });
});
