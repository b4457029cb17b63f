/** Renders the City Council proposal as a Word document (docx): headings, facts, tables with header rows. */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, CityCouncilProposal } from '../../../domain/documents/city-council-proposal.ts';

const font = 'Calibri';
const border = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

const cell = (text: string, opts: { bold?: boolean; right?: boolean; header?: boolean; width?: number } = {}) =>
  new TableCell({
    children: [
      new Paragraph({
        alignment: opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: opts.bold ?? opts.header ?? false, size: 18 })],
      }),
    ],
    ...(opts.header ? { shading: { type: ShadingType.CLEAR, fill: 'E7E6E6', color: 'auto' } } : {}),
    ...(opts.width ? { width: { size: opts.width, type: WidthType.PERCENTAGE } } : {}),
  });

/** `list` numbers each numbered list from 1 (a new numbering instance per list). */
function renderBlock(block: Block, nextList: () => number): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'paragraph':
      return [new Paragraph({ spacing: { before: block.bold ? 160 : 60, after: 60 }, children: [new TextRun({ text: block.text, bold: block.bold ?? false })] })];
    case 'list': {
      const instance = nextList();
      return block.items.map((item) =>
        block.numbered
          ? new Paragraph({ numbering: { reference: 'numbered', level: 0, instance }, children: [new TextRun(item)] })
          : new Paragraph({ bullet: { level: 0 }, children: [new TextRun(item)] }),
      );
    }
    case 'facts':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders,
          rows: block.rows.map(
            (r) => new TableRow({ children: [cell(r.label, { bold: true, width: 35 }), cell(r.value, { width: 65 })] }),
          ),
        }),
      ];
    case 'table': {
      const firstTotal = block.rows.length - block.totalRows;
      return [
        new Paragraph({ spacing: { before: 160, after: 60 }, children: [new TextRun({ text: block.caption, italics: true })] }),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders,
          rows: [
            new TableRow({ tableHeader: true, children: block.header.map((h, i) => cell(h, { header: true, right: block.numeric[i] ?? false })) }),
            ...block.rows.map(
              (row, r) => new TableRow({ children: row.map((v, i) => cell(v, { right: block.numeric[i] ?? false, bold: r >= firstTotal })) }),
            ),
          ],
        }),
      ];
    }
  }
}

export async function renderProposalDocx(p: CityCouncilProposal): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(p.title)] }),
    new Paragraph({ children: [new TextRun({ text: `Mødedato: ${p.meetingDateText} (${p.meetingDate})`, bold: true })] }),
    new Paragraph({ children: [new TextRun({ text: `Byområde: ${p.urbanArea}`, bold: true })] }),
    new Paragraph({ children: [new TextRun(p.municipality)] }),
  ];
  let lists = 0;
  const nextList = () => ++lists;
  for (const s of p.sections) {
    children.push(new Paragraph({ heading: s.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [new TextRun(s.heading)] }));
    for (const b of s.blocks) children.push(...renderBlock(b, nextList));
  }
  const doc = new Document({
    creator: 'Boligsocial',
    title: `${p.title} ${p.meetingDate} – ${p.urbanArea}`,
    styles: { default: { document: { run: { font, size: 22 } } } },
    numbering: {
      config: [
        {
          reference: 'numbered',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 500, hanging: 300 } } } }],
        },
      ],
    },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [`${p.title}, ${p.meetingDateText} – side `, PageNumber.CURRENT, ' af ', PageNumber.TOTAL_PAGES], size: 16 })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
