// What a file is, by its first bytes (ADR 052): a name can say ".pdf" of anything, and a browser
// or office program opens what the bytes are. The name's extension must agree with the bytes, so
// a worker who picked the wrong file hears it, and a disguised file is refused.
import type { DocumentKind } from '../../../contracts/documents';

/** The media type a download is sent with: from the kind the bytes showed, never from the upload. */
export const MEDIA_TYPES: Record<DocumentKind, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
};

/** The extensions each kind may be named with. */
const EXTENSIONS: Record<DocumentKind, readonly string[]> = {
  pdf: ['pdf'],
  png: ['png'],
  jpeg: ['jpg', 'jpeg'],
  docx: ['docx'],
  xlsx: ['xlsx'],
  pptx: ['pptx'],
  odt: ['odt'],
  ods: ['ods'],
  doc: ['doc'],
  xls: ['xls'],
};

const startsWith = (bytes: Buffer, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * The kind the bytes show, with the name's extension as tie-breaker only where the bytes are a
 * container (a ZIP is docx, xlsx or pptx by its parts; an OLE2 file is doc or xls). Null: refused.
 */
export function documentKindOf(bytes: Buffer, fileName: string): DocumentKind | null {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  const named = (kind: DocumentKind) => (EXTENSIONS[kind].includes(extension) ? kind : null);
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return named('pdf'); // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return named('png');
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return named('jpeg');
  if (startsWith(bytes, ZIP)) return zipKind(bytes, extension);
  if (startsWith(bytes, OLE2)) return extension === 'doc' || extension === 'xls' ? extension : null;
  return null;
}

/**
 * Office Open XML and OpenDocument are ZIP files; which one shows in the names of their parts
 * (`word/`, `xl/`, `ppt/`) or, for OpenDocument, the `mimetype` entry stored first and uncompressed.
 */
function zipKind(bytes: Buffer, extension: string): DocumentKind | null {
  const head = bytes.subarray(0, Math.min(bytes.length, 64 * 1024)).toString('latin1');
  // Every part name sits uncompressed in a local header; a whole document's central directory at the end.
  const tail = bytes.subarray(Math.max(0, bytes.length - 64 * 1024)).toString('latin1');
  const names = head + tail;
  if (head.startsWith('mimetype', 30)) {
    if (head.includes('application/vnd.oasis.opendocument.text')) return extension === 'odt' ? 'odt' : null;
    if (head.includes('application/vnd.oasis.opendocument.spreadsheet'))
      return extension === 'ods' ? 'ods' : null;
    return null;
  }
  if (!names.includes('[Content_Types].xml')) return null;
  if (extension === 'docx' && names.includes('word/')) return 'docx';
  if (extension === 'xlsx' && names.includes('xl/')) return 'xlsx';
  if (extension === 'pptx' && names.includes('ppt/')) return 'pptx';
  return null;
}
