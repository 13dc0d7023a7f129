// Reads the text back out of a PDF that pdfkit (pdfmake) wrote: fonts are embedded subsets
// whose glyph codes map to Unicode through each font's ToUnicode CMap. Enough to check what a
// printed document says — and, for R28, what it must never say.
import { unzlibSync } from 'fflate';

type PdfObject = { dict: string; stream: Buffer | null };

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\s*/g;
  let match: RegExpExecArray | null = header.exec(text);
  while (match) {
    const start = match.index + match[0].length;
    const streamAt = text.indexOf('stream', start);
    const endObj = text.indexOf('endobj', start);
    let dict = text.slice(start, endObj);
    let stream: Buffer | null = null;
    if (streamAt !== -1 && streamAt < endObj) {
      dict = text.slice(start, streamAt);
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
      const dataStart = streamAt + (text[streamAt + 6] === '\r' ? 8 : 7);
      const raw = pdf.subarray(dataStart, dataStart + length);
      stream = dict.includes('/FlateDecode') ? Buffer.from(unzlibSync(new Uint8Array(raw))) : raw;
      header.lastIndex = dataStart + length;
    }
    objects.set(Number(match[1]), { dict, stream });
    match = header.exec(text);
  }
  return objects;
}

function parseCmap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const hex = (h: string) => Number.parseInt(h, 16);
  const toText = (h: string) =>
    String.fromCharCode(...(h.match(/[0-9a-f]{4}/gi) ?? []).map((unit) => Number.parseInt(unit, 16)));
  for (const [, from, , list] of cmap.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*\[([^\]]*)\]/gi)) {
    (list ?? '').match(/<[^>]*>/g)?.forEach((entry, i) => {
      map.set(hex(from as string) + i, toText(entry.slice(1, -1).replaceAll(' ', '')));
    });
  }
  for (const [, code, unicode] of cmap.matchAll(/<([0-9a-f]{4})>\s*<([0-9a-f]+)>(?!\s*[[<])/gi))
    if (!map.has(hex(code as string))) map.set(hex(code as string), toText(unicode as string));
  return map;
}

/** All text of the PDF in drawing order, whitespace collapsed to single spaces. */
export function pdfText(pdf: Buffer): string {
  const objects = readObjects(pdf);
  const fontsByResource = new Map<string, Map<number, string>>();
  for (const { dict } of objects.values()) {
    for (const [, name, ref] of dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const font = objects.get(Number(ref));
      const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(font?.dict ?? '')?.[1];
      const cmap = toUnicode ? objects.get(Number(toUnicode))?.stream : null;
      if (cmap && name) fontsByResource.set(name, parseCmap(cmap.toString('latin1')));
    }
  }
  const lines: string[] = [];
  for (const { stream, dict } of objects.values()) {
    if (!stream || dict.includes('/Subtype') || dict.includes('/Length1')) continue;
    const content = stream.toString('latin1');
    if (!content.includes('BT')) continue;
    let font = new Map<number, string>();
    for (const [, name, strings] of content.matchAll(
      /\/(F\d+) [\d.]+ Tf|\[((?:<[0-9a-f]*>|[^\]<])*)\] TJ/gi,
    )) {
      if (name) font = fontsByResource.get(name) ?? new Map();
      else if (strings !== undefined)
        lines.push(
          (strings.match(/<([0-9a-f]*)>/gi) ?? [])
            .map((h) =>
              (h.slice(1, -1).match(/[0-9a-f]{4}/gi) ?? [])
                .map((c) => font.get(Number.parseInt(c, 16)) ?? '')
                .join(''),
            )
            .join(''),
        );
    }
  }
  return lines.join(' ').replace(/\s+/g, ' ').trim();
}
