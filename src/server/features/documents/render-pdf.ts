/**
 * Renders the City Council proposal as a PDF (pdfkit, built-in Helvetica): headings, facts, lists,
 * tables with repeated header rows and right-aligned amounts, and "Side n af m" on every page.
 * The standard fonts are WinAnsi-encoded: æ, ø, å and the other Danish letters are in it; any
 * character outside it is replaced so that nothing renders as garbage.
 */
import PDFDocument from 'pdfkit';
import type { Block, CityCouncilProposal } from '../../../domain/documents/city-council-proposal.ts';

const regular = 'Helvetica';
const bold = 'Helvetica-Bold';
const italic = 'Helvetica-Oblique';
const margin = 56;
const pad = 4;
const bodySize = 10;
const tableSize = 8.5;

/** The characters of WinAnsiEncoding above Latin-1's printable range (0x80–0x9F). */
const winAnsiExtras = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

const substitutes: Record<string, string> = { '≤': '<=', '≥': '>=', '−': '-', '\u2009': ' ', '\u202f': ' ' };

/** Keeps what the standard fonts can show; substitutes a few, replaces the rest with "?". */
export function winAnsi(text: string): string {
  return [...text]
    .map((ch) => {
      if (substitutes[ch] !== undefined) return substitutes[ch];
      const c = ch.codePointAt(0)!;
      if (ch === '\n' || (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || winAnsiExtras.has(ch)) return ch;
      if (ch === '\t') return ' ';
      return '?';
    })
    .join('');
}

type Doc = PDFKit.PDFDocument;

const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

/** Starts a new page unless `height` still fits on this one. */
function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function heading(doc: Doc, text: string, size: number): void {
  ensureRoom(doc, size * 4);
  doc.moveDown(0.6).font(bold).fontSize(size).fillColor('black').text(winAnsi(text), margin, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3).font(regular).fontSize(bodySize);
}

function paragraph(doc: Doc, text: string, isBold = false): void {
  doc.font(isBold ? bold : regular).fontSize(bodySize);
  const t = winAnsi(text);
  ensureRoom(doc, doc.heightOfString(t, { width: contentWidth(doc) }) + (isBold ? 30 : 0));
  if (isBold) doc.moveDown(0.4);
  doc.text(t, margin, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3);
}

function list(doc: Doc, items: string[], numbered: boolean): void {
  doc.font(regular).fontSize(bodySize);
  const indent = 20;
  const width = contentWidth(doc) - indent;
  items.forEach((item, i) => {
    const t = winAnsi(item);
    ensureRoom(doc, doc.heightOfString(t, { width }));
    const y = doc.y;
    doc.text(numbered ? `${i + 1}.` : '•', margin, y, { width: indent });
    doc.text(t, margin + indent, y, { width });
    doc.moveDown(0.2);
  });
  doc.moveDown(0.2);
}

type Row = { cells: string[]; font: string };

/** Column widths: amounts get their natural width, text columns share the rest. */
function columnWidths(doc: Doc, header: string[], rows: string[][], numeric: boolean[], total: number): number[] {
  const natural = header.map((h, i) => {
    doc.font(bold).fontSize(tableSize);
    let w = doc.widthOfString(h);
    for (const r of rows) w = Math.max(w, doc.widthOfString(r[i] ?? ''));
    return w + 2 * pad;
  });
  const fixedSum = natural.reduce((a, w, i) => a + (numeric[i] ? w : 0), 0);
  const textCols = natural.map((w, i) => (numeric[i] ? 0 : w));
  const textSum = textCols.reduce((a, b) => a + b, 0);
  const rest = Math.max(total - fixedSum, 0);
  if (textSum === 0) return natural.map((w) => (w * total) / fixedSum);
  // Text columns take what they need if it fits; otherwise share the rest by their natural width.
  const firstText = numeric.findIndex((n) => !n);
  if (textSum <= rest) return natural.map((w, i) => (i === firstText ? w + rest - textSum : w));
  return natural.map((w, i) => (numeric[i] ? w : Math.max((rest * w) / textSum, 40)));
}

function drawRow(doc: Doc, row: Row, widths: number[], numeric: boolean[], fill: string | null): void {
  doc.font(row.font).fontSize(tableSize);
  const heights = row.cells.map((c, i) => doc.heightOfString(c, { width: widths[i]! - 2 * pad }));
  const h = Math.max(...heights, doc.currentLineHeight()) + 2 * pad;
  const y = doc.y;
  let x = margin;
  if (fill) doc.rect(margin, y, widths.reduce((a, b) => a + b, 0), h).fill(fill).fillColor('black');
  row.cells.forEach((c, i) => {
    const w = widths[i]!;
    doc.rect(x, y, w, h).lineWidth(0.5).strokeColor('#999999').stroke();
    doc.font(row.font).fontSize(tableSize).fillColor('black').text(c, x + pad, y + pad, { width: w - 2 * pad, align: numeric[i] ? 'right' : 'left' });
    x += w;
  });
  doc.x = margin;
  doc.y = y + h;
}

function rowHeight(doc: Doc, row: Row, widths: number[]): number {
  doc.font(row.font).fontSize(tableSize);
  return Math.max(...row.cells.map((c, i) => doc.heightOfString(c, { width: widths[i]! - 2 * pad })), doc.currentLineHeight()) + 2 * pad;
}

function table(doc: Doc, caption: string, header: string[], rows: string[][], numeric: boolean[], totalRows: number): void {
  const clean = rows.map((r) => r.map(winAnsi));
  const head: Row = { cells: header.map(winAnsi), font: bold };
  const widths = columnWidths(doc, head.cells, clean, numeric, contentWidth(doc));
  const body: Row[] = clean.map((cells, r) => ({ cells, font: r >= clean.length - totalRows ? bold : regular }));
  doc.font(italic).fontSize(bodySize);
  // The caption, the header and the first row stay together.
  ensureRoom(doc, 30 + rowHeight(doc, head, widths) + (body[0] ? rowHeight(doc, body[0], widths) : 0));
  doc.moveDown(0.3).text(winAnsi(caption), margin, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.2);
  drawRow(doc, head, widths, numeric, '#e7e6e6');
  for (const row of body) {
    const h = rowHeight(doc, row, widths);
    if (doc.y + h > bottom(doc)) {
      doc.addPage();
      drawRow(doc, head, widths, numeric, '#e7e6e6');
    }
    drawRow(doc, row, widths, numeric, null);
  }
  doc.moveDown(0.5);
}

function drawFact(doc: Doc, cells: string[], widths: number[]): void {
  const [label = '', value = ''] = cells;
  doc.fontSize(tableSize);
  const h = Math.max(doc.font(bold).heightOfString(label, { width: widths[0]! - 2 * pad }), doc.font(regular).heightOfString(value, { width: widths[1]! - 2 * pad })) + 2 * pad;
  const y = doc.y;
  doc.rect(margin, y, widths[0]!, h).lineWidth(0.5).strokeColor('#999999').stroke();
  doc.rect(margin + widths[0]!, y, widths[1]!, h).stroke();
  doc.font(bold).fillColor('black').text(label, margin + pad, y + pad, { width: widths[0]! - 2 * pad });
  doc.font(regular).text(value, margin + widths[0]! + pad, y + pad, { width: widths[1]! - 2 * pad });
  doc.x = margin;
  doc.y = y + h;
}

function block(doc: Doc, b: Block): void {
  switch (b.kind) {
    case 'paragraph':
      return paragraph(doc, b.text, b.bold ?? false);
    case 'list':
      return list(doc, b.items, b.numbered);
    case 'facts': {
      const w = contentWidth(doc);
      const rows = b.rows.map((r) => [winAnsi(r.label), winAnsi(r.value)]);
      const widths = [w * 0.35, w * 0.65];
      for (const cells of rows) {
        doc.fontSize(tableSize).font(regular);
        const h = doc.heightOfString(cells[1]!, { width: widths[1]! - 2 * pad }) + 2 * pad;
        ensureRoom(doc, h);
        drawFact(doc, cells, widths);
      }
      doc.moveDown(0.5);
      return;
    }
    case 'table':
      return table(doc, b.caption, b.header, b.rows, b.numeric, b.totalRows);
  }
}

export function renderProposalPdf(p: CityCouncilProposal): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: margin, bottom: margin, left: margin, right: margin },
    bufferPages: true,
    lang: 'da-DK',
    info: { Title: winAnsi(`${p.title} ${p.meetingDate} – ${p.urbanArea}`), Author: 'Boligsocial', Creator: 'Boligsocial' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font(bold).fontSize(20).text(winAnsi(p.title), margin, margin, { width: contentWidth(doc) });
  doc.moveDown(0.4).font(bold).fontSize(12).text(winAnsi(`Mødedato: ${p.meetingDateText} (${p.meetingDate})`));
  doc.text(winAnsi(`Byområde: ${p.urbanArea}`));
  doc.font(regular).fontSize(bodySize).text(winAnsi(p.municipality));
  for (const s of p.sections) {
    heading(doc, s.heading, s.level === 1 ? 15 : 12);
    for (const b of s.blocks) block(doc, b);
  }

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const saved = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(regular)
      .fontSize(8)
      .fillColor('#555555')
      .text(winAnsi(`${p.title}, ${p.meetingDateText} – side ${i + 1} af ${range.count}`), margin, doc.page.height - 36, { width: contentWidth(doc), align: 'center', lineBreak: false });
    doc.page.margins.bottom = saved;
  }
  doc.end();
  return done;
}
