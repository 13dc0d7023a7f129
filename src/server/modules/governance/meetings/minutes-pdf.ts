// The minutes as PDF, built with pdfmake on the server. The fonts are the Roboto files shipped
// inside the pdfmake npm package; pdfmake may read those files and nothing else, and may fetch
// no URL: a document never reaches out of the server.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { MinutesBlock, MinutesModel } from './minutes-model';

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
const FONTS = {
  Roboto: {
    normal: path.join(FONT_DIR, 'Roboto-Regular.ttf'),
    bold: path.join(FONT_DIR, 'Roboto-Medium.ttf'),
    italics: path.join(FONT_DIR, 'Roboto-Italic.ttf'),
    bolditalics: path.join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
  },
};
const FONT_FILES = new Set(Object.values(FONTS.Roboto));

// Loaded at the first minutes PDF, not at start (ADR 042: pdfmake is the largest part of the
// start's loading, and most starts make no PDF).
let ready: Promise<typeof import('pdfmake')> | undefined;
function loadPdfmake() {
  ready ??= import('pdfmake').then(({ default: pdfmake }) => {
    pdfmake.setFonts(FONTS);
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((file) => FONT_FILES.has(path.resolve(file)));
    return pdfmake;
  });
  return ready;
}

function block(b: MinutesBlock): Content {
  switch (b.kind) {
    case 'paragraph':
      return { text: b.text, margin: [0, 0, 0, 6] };
    case 'label':
      return { text: b.text, bold: true, margin: [0, 6, 0, 3] };
    case 'labelled':
      return { text: [{ text: `${b.label} `, bold: true }, b.text], margin: [0, 6, 0, 6] };
    case 'bullets':
      return { ul: b.items, margin: [0, 0, 0, 6] };
  }
}

export async function minutesPdf(model: MinutesModel): Promise<Buffer> {
  const definition: TDocumentDefinitions = {
    info: { title: model.title, creator: 'eenplan' },
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 56],
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.2 },
    content: [
      { text: model.title, fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
      { text: model.meta, italics: true, margin: [0, 0, 0, 14] },
      {
        text: [{ text: `${model.labels.present}: `, bold: true }, model.present.join(', ')],
        margin: [0, 0, 0, 8],
      },
      {
        text: [{ text: `${model.labels.excused}: `, bold: true }, model.excused.join(', ')],
        margin: [0, 0, 0, 8],
      },
      ...model.sections.flatMap((section): Content[] => [
        { text: section.heading, fontSize: 13, bold: true, margin: [0, 12, 0, 6] },
        ...section.blocks.map(block),
      ]),
    ],
    footer: (page: number) => ({
      text: `${model.footer} · ${model.labels.page} ${page}`,
      alignment: 'right',
      fontSize: 8,
      margin: [56, 20, 56, 0],
    }),
  };
  return (await loadPdfmake()).createPdf(definition).getBuffer();
}
