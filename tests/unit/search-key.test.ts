import { escapeLuceneTerm, toFulltextQuery, toSearchKey, toSearchKeyAll } from '../../src/shared/search-key';

describe('toSearchKey', () => {
  it.each([
    ['Zaječar', 'zajecar'],
    ['Zajecar', 'zajecar'],
    ['Зајечар', 'zajecar'],
    ['Đorđe', 'djordje'],
    ['Ђорђе', 'djordje'],
    ['ĐORĐE', 'djordje'],
    ['Njegoš', 'njegos'],
    ['Његош', 'njegos'],
    ['Ljubljana', 'ljubljana'],
    ['Љубљана', 'ljubljana'],
    ['ЉУБЉАНА', 'ljubljana'],
    ['Džamija', 'dzamija'],
    ['Џамија', 'dzamija'],
    ['ЏАМИЈА', 'dzamija'],
    ['Ћуприја', 'cuprija'],
    ['Жичка Шабачка Њива', 'zicka sabacka njiva'],
    ['Kulturni centar Reks (Rex)', 'kulturni centar reks rex'],
    ['REG.LAB', 'reg lab'],
    ['Novi Sad', 'novi sad'],
  ])('%s → %s', (input, expected) => {
    expect(toSearchKey(input)).toBe(expected);
  });

  it('covers the whole Serbian Cyrillic alphabet in both cases', () => {
    const cyrillic = 'АБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ';
    const latin = 'a b v g d dj e z z i j k l lj m n nj o p r s t c u f h c c dz s';
    const spaced = (s: string) => [...s].join(' ');
    expect(toSearchKey(spaced(cyrillic))).toBe(latin);
    expect(toSearchKey(spaced(cyrillic.toLowerCase()))).toBe(latin);
  });

  it('treats decomposed input like precomposed input', () => {
    expect(toSearchKey('Zajec\u030Car')).toBe('zajecar');
    expect(toSearchKey('Сергеи\u0306')).toBe('sergej');
  });

  it.each([
    ['Søren Kierkegaard', 'soren kierkegaard'],
    ['Łódź', 'lodz'],
    ['Æbleskiver', 'aebleskiver'],
    ['Straße', 'strasse'],
    ['ÐORÐE', 'djordje'],
    ['Œuvre', 'oeuvre'],
    ['Þórr', 'thorr'],
    ['Müller-Lüdenscheidt', 'muller ludenscheidt'],
    ['ǅamija', 'dzamija'],
    ['ﬁlm', 'film'],
    ['Ｎｏｖｉ　Ｓａｄ', 'novi sad'],
  ])('folds other Latin letters: %s → %s', (input, expected) => {
    expect(toSearchKey(input)).toBe(expected);
  });

  it('transliterates neighbouring Cyrillic alphabets sensibly', () => {
    expect(toSearchKey('Ќерка Ѓорѓи')).toBe('kjerka gjorgji');
    expect(toSearchKey('Юрий Гагарин')).toBe('jurij gagarin');
  });

  it('turns punctuation and symbols into single spaces and trims', () => {
    expect(toSearchKey('  „Bitef“ — 2011/12  ')).toBe('bitef 2011 12');
    expect(toSearchKey('a\t\n\u00A0b')).toBe('a b');
    expect(toSearchKey('C++ & Co. #1 @home')).toBe('c co 1 home');
  });

  it('returns empty string when nothing searchable remains', () => {
    expect(toSearchKey('')).toBe('');
    expect(toSearchKey(' ... !!! ')).toBe('');
  });

  it('is idempotent', () => {
    for (const s of ['Đorđe Balašević', 'Џез у Зајечару', 'REG.LAB (Novi Sad)']) {
      expect(toSearchKey(toSearchKey(s))).toBe(toSearchKey(s));
    }
  });
});

describe('toSearchKeyAll', () => {
  it('joins distinct non-empty keys of all names', () => {
    expect(toSearchKeyAll(['Zaječar', 'Зајечар', null, 'Gamzigrad', undefined, '', '—'])).toBe('zajecar gamzigrad');
  });

  it('returns empty string for no names', () => {
    expect(toSearchKeyAll([])).toBe('');
    expect(toSearchKeyAll([null, undefined])).toBe('');
  });
});

describe('toFulltextQuery', () => {
  // Form: every term is required ("+"), the last one is also a prefix ("*"),
  // even when there is only one term.
  it.each([
    ['Zaje', '+zaje*'],
    ['novi sa', '+novi +sa*'],
    ['Нови Са', '+novi +sa*'],
    ['  Kulturni   centar (Re', '+kulturni +centar +re*'],
    ['Đor', '+djor*'],
  ])('%s → %s', (input, expected) => {
    expect(toFulltextQuery(input)).toBe(expected);
  });

  it.each(['', '   ', '*:*', '()!?', '"'])('returns null for %j', (input) => {
    expect(toFulltextQuery(input)).toBeNull();
  });

  it('neutralizes injection-like input', () => {
    expect(toFulltextQuery('foo" OR 1=1 //')).toBe('+foo +or +1 +1*');
    expect(toFulltextQuery('name:* AND NOT x~2^5')).toBe('+name +and +not +x +2 +5*');
  });

  it('only ever emits required plain terms', () => {
    const shape = /^(\+[\p{L}\p{N}]+ )*\+[\p{L}\p{N}]+\*$/u;
    for (const s of ['a-b', '[x TO y]', '{!}x', 'a&&b||c', 'x\\y/z', 'Ђ:Ж']) {
      expect(toFulltextQuery(s)).toMatch(shape);
    }
  });
});

describe('escapeLuceneTerm', () => {
  it('escapes every Lucene special character', () => {
    expect(escapeLuceneTerm('+-&&||!(){}[]^"~*?:\\/')).toBe('\\+\\-\\&\\&\\|\\|\\!\\(\\)\\{\\}\\[\\]\\^\\"\\~\\*\\?\\:\\\\\\/');
  });

  it('defuses upper-case operator words and leaves others alone', () => {
    expect(escapeLuceneTerm('AND')).toBe('\\AND');
    expect(escapeLuceneTerm('OR')).toBe('\\OR');
    expect(escapeLuceneTerm('NOT')).toBe('\\NOT');
    expect(escapeLuceneTerm('or')).toBe('or');
    expect(escapeLuceneTerm('ANDROID')).toBe('ANDROID');
  });
});
