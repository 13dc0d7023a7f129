import { describe, expect, it } from 'vitest';
import { documentKindOf } from './file-kind';

const pdf = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n');
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);

/** A ZIP local header naming one part (enough for the first-bytes check). */
function zipWith(...parts: string[]): Buffer {
  return Buffer.concat(
    parts.map((name) => {
      const header = Buffer.alloc(30);
      header.writeUInt32LE(0x04034b50, 0);
      header.writeUInt16LE(name.length, 26);
      return Buffer.concat([header, Buffer.from(name, 'latin1')]);
    }),
  );
}

describe('what a file is, by its first bytes', () => {
  it('knows a PDF, a PNG and a JPEG when the name agrees', () => {
    expect(documentKindOf(pdf, 'Verslag.pdf')).toBe('pdf');
    expect(documentKindOf(png, 'scan.PNG')).toBe('png');
    expect(documentKindOf(jpeg, 'foto.jpg')).toBe('jpeg');
    expect(documentKindOf(jpeg, 'foto.jpeg')).toBe('jpeg');
  });

  it('refuses a name that lies about the bytes, and bytes it does not know', () => {
    expect(documentKindOf(pdf, 'foto.jpg')).toBeNull();
    expect(documentKindOf(Buffer.from('MZ\x90\x00 this is a program'), 'brief.pdf')).toBeNull();
    expect(documentKindOf(Buffer.from('<html><script>alert(1)</script>'), 'brief.pdf')).toBeNull();
    expect(documentKindOf(Buffer.alloc(0), 'leeg.pdf')).toBeNull();
  });

  it('tells office documents apart by their parts, not by the name alone', () => {
    expect(documentKindOf(zipWith('[Content_Types].xml', 'word/document.xml'), 'brief.docx')).toBe('docx');
    expect(documentKindOf(zipWith('[Content_Types].xml', 'xl/workbook.xml'), 'budget.xlsx')).toBe('xlsx');
    // Any other ZIP named .docx is refused.
    expect(documentKindOf(zipWith('payload.exe'), 'brief.docx')).toBeNull();
    const odt = Buffer.concat([zipWith('mimetype'), Buffer.from('application/vnd.oasis.opendocument.text')]);
    expect(documentKindOf(odt, 'brief.odt')).toBe('odt');
    expect(documentKindOf(odt, 'brief.docx')).toBeNull();
  });
});
