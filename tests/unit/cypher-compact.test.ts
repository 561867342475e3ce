import { compactCypher, loadCypherCatalog } from '../../src/neo4j/cypher';

/** Statements are sent without comments and indentation; nothing else of them may change. */

describe('compactCypher', () => {
  test('drops comments, indentation, trailing blanks and blank lines', () => {
    const written = '// what it answers\n  MATCH (o:Organization {id: $id}) // why\n\n  /* a block */ WITH o  \n\tRETURN o\n';
    expect(compactCypher(written)).toBe('MATCH (o:Organization {id: $id})\nWITH o\nRETURN o');
  });

  test('keeps string literals and quoted names byte for byte, comment markers and escapes included', () => {
    const written = `RETURN 'it\\'s // not a comment' AS a, "/* nor */  this" AS b, o.\`odd//name\` AS c, 'Зајечар  ' AS d`;
    expect(compactCypher(written)).toBe(written);
  });

  test('windows line breaks end lines too', () => {
    expect(compactCypher('MATCH (o)\r\n  // note\r\n  RETURN o\r\n')).toBe('MATCH (o)\nRETURN o');
  });
});

describe('the catalog as sent', () => {
  const sent = loadCypherCatalog();
  const written = loadCypherCatalog(undefined, 'written');

  test('has every statement of the files, each compacted and shorter', () => {
    expect([...sent.keys()]).toEqual([...written.keys()]);
    for (const [name, text] of written) {
      expect([name, sent.get(name)]).toEqual([name, compactCypher(text)]);
      expect(sent.get(name)!.length).toBeLessThan(text.length);
    }
  });

  test('keeps every string literal of every file', () => {
    for (const [name, text] of written) {
      const code = text
        .split('\n')
        .filter((line) => !line.trimStart().startsWith('//'))
        .join('\n');
      for (const literal of code.match(/'(?:[^'\\\n]|\\.)*'/g) ?? [])
        expect([name, sent.get(name)!.includes(literal)]).toEqual([name, true]);
    }
  });
});
