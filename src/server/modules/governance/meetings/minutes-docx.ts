// The minutes as a Word document, built with the `docx` library (no hand-written XML).
import { AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { MinutesBlock, MinutesModel } from './minutes-model';

const FONT = 'Calibri';

function listParagraph(label: string, names: string[]): Paragraph {
  return new Paragraph({
    spacing: { after: 160 },
    children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(names.join(', '))],
  });
}

function blockParagraphs(block: MinutesBlock): Paragraph[] {
  switch (block.kind) {
    case 'paragraph':
      return [new Paragraph({ text: block.text, spacing: { after: 120 } })];
    case 'label':
      return [
        new Paragraph({
          spacing: { before: 120, after: 60 },
          children: [new TextRun({ text: block.text, bold: true })],
        }),
      ];
    case 'labelled':
      return [
        new Paragraph({
          spacing: { before: 120, after: 120 },
          children: [new TextRun({ text: `${block.label} `, bold: true }), new TextRun(block.text)],
        }),
      ];
    case 'bullets':
      return block.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
  }
}

export async function minutesDocx(model: MinutesModel): Promise<Buffer> {
  const doc = new Document({
    creator: 'eenplan',
    title: model.title,
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({ text: `${model.footer} · ${model.labels.page} `, size: 18 }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 18 }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ text: model.title, heading: HeadingLevel.TITLE }),
          new Paragraph({
            spacing: { after: 240 },
            children: [new TextRun({ text: model.meta, italics: true })],
          }),
          listParagraph(model.labels.present, model.present),
          listParagraph(model.labels.excused, model.excused),
          ...model.sections.flatMap((section) => [
            new Paragraph({
              text: section.heading,
              heading: HeadingLevel.HEADING_2,
              spacing: { before: 240, after: 120 },
            }),
            ...section.blocks.flatMap(blockParagraphs),
          ]),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
