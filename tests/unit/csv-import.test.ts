import { parseCsv, readCsvSection } from '../../src/curation/csv';

describe('parseCsv (RFC 4180)', () => {
  test('quoted fields keep commas, doubled quotes and line breaks; rows keep their first line number', () => {
    const { rows, lines, error } = parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n"two\nlines",z\n\nlast,\n');
    expect(error).toBeNull();
    expect(rows).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['two\nlines', 'z'],
      ['last', ''],
    ]);
    expect(lines).toEqual([1, 2, 3, 6]);
  });

  test('a quote never closed is an error', () => {
    expect(parseCsv('a\n"open\n').error).toBe('a quoted field opened on line 2 never closes');
  });
});

describe('readCsvSection', () => {
  const header = 'id,slug,name,aliases,kind,sector,disciplines,founded,website,city,country,countries,sources';

  test('reads cells by the field: lists split on ;, citations sourceId|quote, empty cells null or []', () => {
    const csv = readCsvSection(
      'in/organizations.csv',
      `${header}\nsyn-1,syn-1,Synthetic One,S1; Syn \\; One,ORGANIZATION,CIVIL,,2020,,nis,RS,,"syn-src|a quote, with a comma; syn-src|; syn-other|pipe \\| kept"\n`,
    );
    expect(csv.problems).toEqual([]);
    expect(csv.section).toBe('organizations');
    expect(csv.rows).toEqual([2]);
    expect(csv.records).toEqual([
      {
        id: 'syn-1',
        slug: 'syn-1',
        name: 'Synthetic One',
        aliases: ['S1', 'Syn ; One'],
        kind: 'ORGANIZATION',
        sector: 'CIVIL',
        disciplines: [],
        founded: '2020',
        website: null,
        city: 'nis',
        country: 'RS',
        countries: null,
        sources: [
          { source: 'syn-src', quote: 'a quote, with a comma' },
          { source: 'syn-src', quote: null },
          { source: 'syn-other', quote: 'pipe | kept' },
        ],
      },
    ]);
  });

  test('booleans and numbers are read, and a column left out is empty in every row', () => {
    const csv = readCsvSection('memberships.csv', 'member,association,founding,sources\nsyn-1,org-nkss,false,syn-src|q\n');
    expect(csv.records).toEqual([
      {
        member: 'syn-1',
        association: 'org-nkss',
        since: null,
        until: null,
        founding: false,
        admittedAt: null,
        sources: [{ source: 'syn-src', quote: 'q' }],
      },
    ]);
    const cities = readCsvSection('cities.csv', 'slug,lat,population2022\nsyn-c,44.5,1234\n');
    expect(cities.records[0]).toMatchObject({ slug: 'syn-c', lat: 44.5, population2022: 1234 });
  });

  test('every cell that cannot be read is reported by row and column', () => {
    const csv = readCsvSection(
      'memberships.csv',
      'member,association,founding,colour,sources\nsyn-1,org-nkss,yes,red,|no source\nsyn-2,org-nkss\n',
    );
    expect(csv.problems).toEqual([
      { row: 1, column: 'colour', message: 'is not a field of memberships' },
      { row: 2, column: 'founding', message: 'must be true or false' },
      { row: 2, column: 'sources', message: 'citation 1 names no source (write sourceId|quote)' },
      { row: 3, column: null, message: 'has 2 cells; the header has 5' },
    ]);
    expect(readCsvSection('cities.csv', 'slug,lat\nx,north\n').problems).toEqual([
      { row: 2, column: 'lat', message: 'must be a number (got "north")' },
    ]);
  });

  test('a file not named after a section is refused', () => {
    expect(readCsvSection('members.csv', 'id\n1\n').problems).toEqual([
      { row: null, column: null, message: 'is not named after a section of the dataset (e.g. organizations.csv)' },
    ]);
    expect(readCsvSection('constructor.csv', 'id\n').problems).toHaveLength(1);
  });
});
