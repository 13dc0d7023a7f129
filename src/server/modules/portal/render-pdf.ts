// pdfmake on the server, with the Roboto fonts shipped inside the pdfmake package: nothing is
// fetched at run time, and the document may read no other file and no URL.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

const require = createRequire(import.meta.url);
const FONT_DIR = path.dirname(require.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'));

// Loaded at the first PDF, not at start: pdfmake and its font engine are the largest part of
// the server's start-up loading (ADR 042), and most starts make no PDF.
let ready: Promise<typeof import('pdfmake')> | undefined;
function loadPdfmake() {
  ready ??= import('pdfmake').then(({ default: pdfmake }) => {
    pdfmake.setFonts({
      Roboto: {
        normal: path.join(FONT_DIR, 'Roboto-Regular.ttf'),
        bold: path.join(FONT_DIR, 'Roboto-Medium.ttf'),
        italics: path.join(FONT_DIR, 'Roboto-Italic.ttf'),
        bolditalics: path.join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
      },
    });
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(FONT_DIR));
    return pdfmake;
  });
  return ready;
}

export async function renderPdf(document: TDocumentDefinitions): Promise<Buffer> {
  return (await loadPdfmake()).createPdf(document).getBuffer();
}
