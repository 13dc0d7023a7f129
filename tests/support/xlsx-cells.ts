// Reads an .xlsx back: unzips it (fflate) and returns each sheet's rows of cell values (shared and
// inline strings resolved, numbers as numbers), so tests check what a person opening it in Excel reads.
import { strFromU8, unzipSync } from 'fflate';
import { decodeXml } from './xml-text';

export type Cell = string | number | null;

export function xlsxSheets(file: Uint8Array): { name: string; rows: Cell[][] }[] {
  const zip = unzipSync(file);
  const text = (path: string) => {
    const entry = zip[path];
    if (!entry) throw new Error(`not a workbook: ${path} is missing`);
    return strFromU8(entry);
  };
  const shared = zip['xl/sharedStrings.xml']
    ? [...text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((si) =>
        [...(si[1] ?? '').matchAll(/<t(?: [^>]*)?>([^<]*)<\/t>/g)].map((t) => decodeXml(t[1] ?? '')).join(''),
      )
    : [];
  const names = [...text('xl/workbook.xml').matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) =>
    decodeXml(m[1] ?? ''),
  );
  return names.map((name, i) => {
    const xml = text(`xl/worksheets/sheet${i + 1}.xml`);
    const rows = [...xml.matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)].map((row) => {
      const cells: Cell[] = [];
      for (const c of (row[1] ?? '').matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const attributes = c[1] ?? '';
        // Empty cells may be left out of the file: the reference (B2) says which column this is.
        const column = columnOf(/r="([A-Z]+)\d+"/.exec(attributes)?.[1]) ?? cells.length;
        while (cells.length < column) cells.push(null);
        cells[column] = cellValue(attributes, c[2] ?? '', shared);
      }
      return cells;
    });
    return { name, rows };
  });
}

function columnOf(letters: string | undefined): number | undefined {
  if (!letters) return undefined;
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

function cellValue(attributes: string, body: string, shared: string[]): Cell {
  const value = /<v>([^<]*)<\/v>/.exec(body)?.[1];
  if (/t="s"/.test(attributes)) return shared[Number(value)] ?? null;
  if (/t="inlineStr"/.test(attributes)) return decodeXml(/<t[^>]*>([^<]*)<\/t>/.exec(body)?.[1] ?? '');
  if (/t="str"/.test(attributes)) return decodeXml(value ?? '');
  return value === undefined ? null : Number(value);
}
