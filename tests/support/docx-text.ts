// Reads a .docx back: unzips it (fflate) and returns the text of each paragraph of
// word/document.xml, so tests check what a person opening the file in Word reads.
import { strFromU8, unzipSync } from 'fflate';
import { decodeXml } from './xml-text';

export function docxParagraphs(file: Uint8Array): string[] {
  const entry = unzipSync(file)['word/document.xml'];
  if (!entry) throw new Error('not a Word document: word/document.xml is missing');
  const xml = strFromU8(entry);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) =>
      [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decodeXml(t[1] ?? '')).join(''),
    )
    .filter((text) => text.trim().length > 0);
}
