import { csvField, toEdgesCsv, toNodesCsv } from '../../src/export/csv';
import { tinyNetwork } from './export-fixture';

describe('csvField (RFC 4180)', () => {
  test.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    [' padded ', ' padded '],
    ['Ђурђевдан Čačak', 'Ђурђевдан Čačak'],
    ['', ''],
  ])('%j → %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it('writes null as an empty field and booleans as true/false', () => {
    expect([csvField(null), csvField(true), csvField(false)]).toEqual(['', 'true', 'false']);
  });
});

describe('toNodesCsv', () => {
  it('writes a header and one CRLF-terminated row per node, quoting only where needed', () => {
    expect(toNodesCsv(tinyNetwork)).toBe(
      'id,label,type,kind,sector,city,region,country,member,memberSince,start,end\r\n' +
        'org-a,"Art & ""Kultura"" <Novi Sad>",ORGANIZATION,ORGANIZATION,CIVIL,Novi Sad,Region Vojvodine,RS,true,2017-09,2011-01-01,\r\n' +
        'org-nkss,Независна културна сцена Србије,ORGANIZATION,NETWORK,CIVIL,Beograd,,RS,false,,,\r\n' +
        'person-x,"Dušan Murić, Jr.",PERSON,,,,,,true,2020-09-26,2020-09-26,2022-12-31\r\n',
    );
  });

  it('is UTF-8 text: the Cyrillic name survives a round trip through bytes', () => {
    const bytes = Buffer.from(toNodesCsv(tinyNetwork), 'utf8');
    expect(bytes.includes(Buffer.from('Независна', 'utf8'))).toBe(true);
    expect(bytes.toString('utf8')).toContain('Dušan Murić');
  });
});

describe('toEdgesCsv', () => {
  it('writes Gephi edge-list columns (every Type Undirected, memberships naming their ends) and keeps a line break inside a quoted field', () => {
    expect(toEdgesCsv(tinyNetwork)).toBe(
      'id,source,target,type,relation,member,association,origin,via,viaName,since,until,start,end\r\n' +
        'member:person-x:org-nkss,person-x,org-nkss,Undirected,MEMBER_OF,person-x,org-nkss,,,,2020-09-26,2022,2020-09-26,2022-12-31\r\n' +
        't1,org-a,org-nkss,Undirected,TIE,,,AGREEMENT,agr-1,"Protokol o saradnji \'Kultura\'\nline2",2011-01,,2011-01-01,\r\n',
    );
  });
});
