/**
 * Characters XML 1.0 cannot hold at all (C0 controls other than tab, line feed and carriage return; U+FFFE, U+FFFF; unpaired
 * surrogates). They become U+FFFD, the replacement character, so a stray control code in a source never breaks the file.
 */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const TEXT_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  "'": '&apos;',
  // Kept as references: a parser normalizes literal tabs and line breaks in attribute values to spaces.
  '\t': '&#9;',
  '\n': '&#10;',
};

/** Anything that may need escaping or replacing; most values (ids, dates, enum names) have none and are returned as they are. */
const SPECIAL = /[&<>"'\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Escapes element text. */
export function xmlText(value: string): string {
  if (!SPECIAL.test(value)) return value;
  return value.replace(NOT_XML, '\uFFFD').replace(/[&<>\r]/g, (ch) => TEXT_ESCAPES[ch]);
}

/** Escapes an attribute value for use between double quotes. */
export function xmlAttribute(value: string): string {
  if (!SPECIAL.test(value)) return value;
  return value.replace(NOT_XML, '\uFFFD').replace(/[&<>"'\t\n\r]/g, (ch) => ATTRIBUTE_ESCAPES[ch]);
}

/** ` name="value"` for each pair whose value is not null, in the given order. */
export function xmlAttributes(pairs: readonly (readonly [string, string | null])[]): string {
  let out = '';
  for (const [name, value] of pairs) if (value !== null) out += ` ${name}="${xmlAttribute(value)}"`;
  return out;
}
