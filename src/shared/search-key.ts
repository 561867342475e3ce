/** Serbian Cyrillic → Latin by the official Serbian rules; input is lower-cased first. */
// prettier-ignore
const SERBIAN_CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'đ', е: 'e', ж: 'ž', з: 'z', и: 'i',
  ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r',
  с: 's', т: 't', ћ: 'ć', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'č', џ: 'dž', ш: 'š',
};

// Neighbouring Cyrillic alphabets (Macedonian, Russian, Ukrainian) turn up in names of
// guests and partners; without these they would stay Cyrillic and be unfindable in Latin.
// prettier-ignore
const OTHER_CYRILLIC: Readonly<Record<string, string>> = {
  ѓ: 'gj', ќ: 'kj', ѕ: 'dz', ѐ: 'e', ѝ: 'i', й: 'j', ё: 'e', щ: 'šč', ъ: '', ы: 'y',
  ь: '', э: 'e', ю: 'ju', я: 'ja', є: 'je', і: 'i', ї: 'ji', ґ: 'g',
};

// Letters NFKD does not decompose. ð is mapped like đ because "Ð" (eth) is a common
// stand-in for "Đ" in Serbian texts typed on foreign keyboards.
// prettier-ignore
const LATIN_SPECIAL: Readonly<Record<string, string>> = {
  đ: 'dj', ð: 'dj', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', ß: 'ss', þ: 'th', ı: 'i',
  ħ: 'h', ŧ: 't', ŋ: 'n',
};

const CYRILLIC: Readonly<Record<string, string>> = { ...SERBIAN_CYRILLIC, ...OTHER_CYRILLIC };

function mapChars(text: string, pattern: RegExp, table: Readonly<Record<string, string>>): string {
  return text.replace(pattern, (ch) => table[ch] ?? ch);
}

/**
 * Normalized form for the full-text index: case, diacritics and script are ignored,
 * punctuation becomes word breaks. NFKD (not just NFD) also unfolds ligatures and
 * compatibility letters such as the Latin digraph "ǆ" or full-width forms.
 */
export function toSearchKey(text: string): string {
  let s = text.normalize('NFC').toLowerCase();
  s = mapChars(s, /[\u0400-\u04FF]/gu, CYRILLIC);
  s = mapChars(s, /[đðæœøłßþıħŧŋ]/gu, LATIN_SPECIAL);
  // Lower-case again: compatibility forms can decompose to capitals ("℃" → "°C").
  s = s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  return s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** One key for a node known under several names (name, aliases, Cyrillic name). */
export function toSearchKeyAll(names: readonly (string | null | undefined)[]): string {
  const keys = new Set<string>();
  for (const name of names) {
    if (name == null) continue;
    const key = toSearchKey(name);
    if (key !== '') keys.add(key);
  }
  return [...keys].join(' ');
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes one term for the Lucene classic query parser (which Neo4j full-text uses). */
export function escapeLuceneTerm(term: string): string {
  const escaped = term.replace(LUCENE_SPECIAL, '\\$&');
  // Operators are case-sensitive, so only the upper-case words need defusing.
  return /^(AND|OR|NOT)$/.test(escaped) ? `\\${escaped}` : escaped;
}

/**
 * Lucene query requiring every term, the last one also as a prefix (search-as-you-type):
 * "novi sa" → "+novi +sa*", "Zaje" → "+zaje*". Null when nothing searchable remains.
 */
export function toFulltextQuery(text: string): string | null {
  const terms = toSearchKey(text)
    .split(' ')
    .filter((t) => t !== '');
  if (terms.length === 0) return null;
  return terms.map((t, i) => `+${escapeLuceneTerm(t)}${i === terms.length - 1 ? '*' : ''}`).join(' ');
}
