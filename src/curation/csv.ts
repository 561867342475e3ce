import path from 'node:path';
import { fieldShapes, type FieldShape } from '../dataset/validate';

/** A CSV file read as one section's records (docs/import.md), each with its row number for the report. */
export interface CsvSection {
  section: string;
  /** The association's file holds one record, not a list. */
  records: Record<string, unknown>[];
  /** Row numbers as a spreadsheet counts them (the header is row 1). */
  rows: number[];
  problems: { row: number | null; column: string | null; message: string }[];
}

/** RFC 4180: fields split by commas, quoted when they hold a comma, quote or line break, quotes doubled; CRLF or LF. */
export function parseCsv(text: string): { rows: string[][]; lines: number[]; error: string | null } {
  const rows: string[][] = [];
  const lines: number[] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRow = (): void => {
    row.push(field);
    if (!(row.length === 1 && row[0] === '')) {
      rows.push(row);
      lines.push(rowLine);
    }
    row = [];
    field = '';
  };
  for (; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line += 1;
        field += c;
      }
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      endRow();
      line += 1;
      rowLine = line;
    } else field += c;
  }
  if (quoted) return { rows, lines, error: `a quoted field opened on line ${rowLine} never closes` };
  endRow();
  return { rows, lines, error: null };
}

/** Splits on `;` not preceded by a backslash, and drops the escapes (`\;`, `\|`, `\\`) from each part. */
function splitEscaped(text: string, separator: ';' | '|', limit = Infinity): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length) {
      current += c + text[i + 1];
      i += 1;
    } else if (c === separator && parts.length < limit - 1) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts;
}

const unescape = (text: string): string => text.replace(/\\([;|\\])/g, '$1').trim();

/** One cell as the dataset's value; a string that cannot be read is reported. */
function cellValue(cell: string, shape: FieldShape): { value: unknown } | { error: string } {
  const text = cell.trim();
  if (shape === 'list' || shape === 'optionalList') {
    if (text === '') return { value: shape === 'list' ? [] : null };
    return { value: splitEscaped(text, ';').map(unescape) };
  }
  if (shape === 'citations') {
    if (text === '') return { value: [] };
    const citations = splitEscaped(text, ';').map((entry) => {
      const [source, quote = ''] = splitEscaped(entry, '|', 2).map(unescape);
      return { source, quote: quote === '' ? null : quote };
    });
    const bad = citations.findIndex((c) => c.source === '');
    return bad === -1 ? { value: citations } : { error: `citation ${bad + 1} names no source (write sourceId|quote)` };
  }
  if (text === '') return { value: null };
  if (shape === 'boolean') return text === 'true' || text === 'false' ? { value: text === 'true' } : { error: 'must be true or false' };
  if (shape === 'number') {
    const n = Number(text);
    return Number.isFinite(n) ? { value: n } : { error: `must be a number (got ${JSON.stringify(text)})` };
  }
  return { value: text };
}

/**
 * A CSV file named after its section (`organizations.csv`, `membershipReports.csv`, `association.csv`): a header row of
 * the section's field names, then one record per row. Cells are read by the field's shape; every cell that cannot be
 * read is reported with its row and column, and the records go on to the dataset validator like a JSON file's.
 */
export function readCsvSection(file: string, text: string): CsvSection {
  const section = path.basename(file, path.extname(file));
  const shapes = fieldShapes(section);
  const out: CsvSection = { section, records: [], rows: [], problems: [] };
  if (shapes === undefined) {
    out.problems.push({ row: null, column: null, message: `is not named after a section of the dataset (e.g. organizations.csv)` });
    return out;
  }
  const { rows, lines, error } = parseCsv(text);
  if (error !== null) out.problems.push({ row: null, column: null, message: error });
  const [header = [], ...body] = rows;
  const columns = header.map((c) => c.trim());
  columns.forEach((column, i) => {
    if (!(column in shapes)) out.problems.push({ row: 1, column, message: `is not a field of ${section}` });
    else if (columns.indexOf(column) !== i) out.problems.push({ row: 1, column, message: 'is given twice' });
  });
  body.forEach((cells, index) => {
    const row = lines[index + 1];
    if (cells.length !== columns.length) {
      out.problems.push({ row, column: null, message: `has ${cells.length} cells; the header has ${columns.length}` });
      return;
    }
    // A column left out is empty in every row.
    const record: Record<string, unknown> = Object.fromEntries(
      Object.entries(shapes)
        .filter(([field]) => !columns.includes(field))
        .map(([field, shape]) => [field, (cellValue('', shape) as { value: unknown }).value]),
    );
    columns.forEach((column, i) => {
      const shape = shapes[column];
      if (shape === undefined) return;
      const read = cellValue(cells[i], shape);
      if ('error' in read) out.problems.push({ row, column, message: read.error });
      else record[column] = read.value;
    });
    out.records.push(record);
    out.rows.push(row);
  });
  if (section === 'association' && out.records.length !== 1) {
    out.problems.push({ row: null, column: null, message: `holds the one association: one row, not ${out.records.length}` });
  }
  return out;
}
