import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { chineseDate, issueLabel, shortRegionName, shortZoneName } from './bulletin-content';
import { fontBuffers } from './bulletin-fonts';
import type { BulletinStatus } from './bulletins.codes';
import type { BulletinPositionView, PublicBulletinView } from './bulletins.schemas';

// The printable issue: A4, Noto Sans SC embedded (pdfkit subsets it to the glyphs used), positions
// grouped by enterprise, one QR code per position that opens its apply page, page numbers.

export type PrintableBulletin = PublicBulletinView & { status?: BulletinStatus };

const MARGIN = { top: 56, bottom: 64, left: 50, right: 50 };
const COLOR = { ink: '#1f1f1f', muted: '#595959', accent: '#0b5cad', rule: '#d9d9d9', panel: '#f5f8fc', closed: '#8c8c8c' };
const QR_SIZE = 60;
const PAD = 8;
const BLOCK_GAP = 8;
const LINE_GAP = 2;

/** The QR code of a URL as a PNG, exactly as the PDF embeds it. */
export async function renderQrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 2, scale: 4 });
}

type Doc = InstanceType<typeof PDFDocument>;
type Font = 'regular' | 'bold';

function heightOf(doc: Doc, font: Font, size: number, text: string, width: number): number {
  return doc.font(font).fontSize(size).heightOfString(text, { width, lineGap: LINE_GAP });
}

function pageBottom(doc: Doc): number {
  return doc.page.height - MARGIN.bottom;
}

/** Starts a new page unless `height` still fits below the cursor. */
function keepTogether(doc: Doc, height: number): void {
  if (doc.y + height > pageBottom(doc)) doc.addPage();
}

function positionLines(p: BulletinPositionView): { title: string; facts: string; duties: string } {
  const facts = [
    `招聘人数：${p.headcount}人`,
    `学历：${p.educationLabel}`,
    `薪资：${p.salaryText}`,
    `工作地点：${shortRegionName(p.regionCode)}`,
    ...(p.isDisabilityFriendly ? ['可招残疾人'] : []),
  ].join('　');
  return { title: p.isOpen ? p.title : `${p.title}（已截止）`, facts, duties: `岗位职责：${p.dutiesSummary}` };
}

/** One position as a framed block: text on the left, its QR code on the right; never split across pages. */
function measurePosition(doc: Doc, p: BulletinPositionView, width: number) {
  const textWidth = width - QR_SIZE - 3 * PAD;
  const lines = positionLines(p);
  const hTitle = heightOf(doc, 'bold', 11.5, lines.title, textWidth);
  const hFacts = heightOf(doc, 'regular', 9.5, lines.facts, textWidth);
  const hDuties = heightOf(doc, 'regular', 9, lines.duties, textWidth);
  const height = Math.max(hTitle + 4 + hFacts + 3 + hDuties, QR_SIZE + 12) + 2 * PAD;
  return { lines, textWidth, height, hTitle, hFacts };
}

function drawPosition(doc: Doc, p: BulletinPositionView, qr: Buffer, width: number): void {
  const m = measurePosition(doc, p, width);
  keepTogether(doc, m.height);
  const x = MARGIN.left;
  const y = doc.y;
  doc.roundedRect(x, y, width, m.height, 4).lineWidth(0.6).strokeColor(COLOR.rule).stroke();
  const tx = x + PAD;
  let ty = y + PAD;
  doc.font('bold').fontSize(11.5).fillColor(p.isOpen ? COLOR.ink : COLOR.closed).text(m.lines.title, tx, ty, { width: m.textWidth, lineGap: LINE_GAP });
  ty += m.hTitle + 4;
  doc.font('regular').fontSize(9.5).fillColor(COLOR.ink).text(m.lines.facts, tx, ty, { width: m.textWidth, lineGap: LINE_GAP });
  ty += m.hFacts + 3;
  doc.font('regular').fontSize(9).fillColor(COLOR.muted).text(m.lines.duties, tx, ty, { width: m.textWidth, lineGap: LINE_GAP });
  const qx = x + width - PAD - QR_SIZE;
  doc.image(qr, qx, y + PAD, { width: QR_SIZE, height: QR_SIZE });
  doc.font('regular').fontSize(7.5).fillColor(COLOR.muted).text('扫码申请', qx, y + PAD + QR_SIZE + 1, { width: QR_SIZE, align: 'center', lineBreak: false });
  doc.x = MARGIN.left;
  doc.y = y + m.height + BLOCK_GAP;
}

function drawEnterpriseHeading(doc: Doc, name: string, positions: BulletinPositionView[], firstBlockHeight: number): void {
  const headingHeight = 28;
  keepTogether(doc, headingHeight + firstBlockHeight);
  const y = doc.y + 6;
  doc.rect(MARGIN.left, y + 2, 4, 15).fillColor(COLOR.accent).fill();
  doc.font('bold').fontSize(13).fillColor(COLOR.ink).text(name, MARGIN.left + 10, y, { lineBreak: false });
  const nameWidth = doc.widthOfString(name);
  const headcount = positions.reduce((sum, p) => sum + p.headcount, 0);
  doc
    .font('regular')
    .fontSize(9.5)
    .fillColor(COLOR.muted)
    .text(`${positions.length}个岗位，招聘${headcount}人`, MARGIN.left + 18 + nameWidth, y + 3.5, { lineBreak: false });
  doc.x = MARGIN.left;
  doc.y = y + headingHeight - 6;
}

function drawHeader(doc: Doc, b: PrintableBulletin, width: number): void {
  const center = { width, align: 'center' as const };
  doc.font('regular').fontSize(10).fillColor(COLOR.muted).text(`${shortZoneName(b.zoneName)}人力资源服务平台`, MARGIN.left, doc.y, center);
  doc.moveDown(0.5);
  doc.font('bold').fontSize(26).fillColor(COLOR.accent).text(issueLabel(b.issueNo), center);
  doc.moveDown(0.2);
  doc.font('bold').fontSize(13).fillColor(COLOR.ink).text(b.title, { ...center, lineGap: LINE_GAP });
  const status = b.status && b.status !== 'published' ? '草稿预览（未发布）' : null;
  const date = b.publishedAt ? `发布日期：${chineseDate(new Date(b.publishedAt))}` : null;
  doc.moveDown(0.3);
  doc.font('regular').fontSize(9.5).fillColor(status ? '#cf1322' : COLOR.muted).text(status ?? date ?? '', center);
  doc.moveDown(0.6);
  doc.moveTo(MARGIN.left, doc.y).lineTo(MARGIN.left + width, doc.y).lineWidth(1).strokeColor(COLOR.accent).stroke();
  doc.moveDown(0.8);
  doc.font('regular').fontSize(10.5).fillColor(COLOR.ink);
  for (const paragraph of b.introduction.split(/\n+/).map((s) => s.trim()).filter(Boolean)) {
    doc.text(paragraph, MARGIN.left, doc.y, { width, indent: 21, lineGap: 3, paragraphGap: 4, align: 'justify' });
  }
  doc.moveDown(0.4);
  doc
    .font('bold')
    .fontSize(10.5)
    .fillColor(COLOR.accent)
    .text(`本期共有${b.enterpriseCount}家企业发布${b.positionCount}个岗位，计划招聘${b.headcount}人。扫描岗位右侧二维码即可在线申请。`, MARGIN.left, doc.y, { width, lineGap: 3 });
  doc.moveDown(0.6);
}

function drawContacts(doc: Doc, b: PrintableBulletin, width: number): void {
  const entries = b.contactPoints.map((c) => ({
    name: c.name,
    details: [c.phone ? `电话：${c.phone}` : null, c.address ? `地址：${c.address}` : null].filter(Boolean).join('　'),
  }));
  const textWidth = width - 2 * PAD;
  const heights = entries.map((e) => heightOf(doc, 'bold', 10.5, e.name, textWidth) + (e.details ? heightOf(doc, 'regular', 9.5, e.details, textWidth) + 2 : 0) + 6);
  const portalLine = `本期招聘信息网页版：${b.portalUrl}`;
  const total = 28 + heights.reduce((s, h) => s + h, 0) + 2 * PAD + heightOf(doc, 'regular', 9, portalLine, width) + 8;
  // Keep the section together when it fits on a page at all.
  if (total < pageBottom(doc) - MARGIN.top) keepTogether(doc, total);
  doc.moveDown(0.5);
  doc.font('bold').fontSize(13).fillColor(COLOR.ink).text('联系方式', MARGIN.left, doc.y, { width });
  doc.moveDown(0.3);
  const boxTop = doc.y;
  const boxHeight = heights.reduce((s, h) => s + h, 0) + 2 * PAD - 6;
  doc.rect(MARGIN.left, boxTop, width, boxHeight).fillColor(COLOR.panel).fill();
  let y = boxTop + PAD;
  entries.forEach((e, i) => {
    doc.font('bold').fontSize(10.5).fillColor(COLOR.ink).text(e.name, MARGIN.left + PAD, y, { width: textWidth, lineGap: LINE_GAP });
    if (e.details) doc.font('regular').fontSize(9.5).fillColor(COLOR.muted).text(e.details, MARGIN.left + PAD, doc.y + 2, { width: textWidth, lineGap: LINE_GAP });
    y += heights[i] ?? 0;
  });
  doc.x = MARGIN.left;
  doc.y = boxTop + boxHeight + 8;
  doc.font('regular').fontSize(9).fillColor(COLOR.muted).text(portalLine, MARGIN.left, doc.y, { width, lineGap: LINE_GAP });
}

/** 第 i 页 / 共 n 页 in every page's footer, written once all pages exist. */
function drawPageNumbers(doc: Doc, b: PrintableBulletin, width: number): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would otherwise make pdfkit start another page.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN.bottom + 24;
    doc.moveTo(MARGIN.left, y - 8).lineTo(MARGIN.left + width, y - 8).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
    doc.font('regular').fontSize(8.5).fillColor(COLOR.muted);
    doc.text(`${issueLabel(b.issueNo)}（${b.year}年）`, MARGIN.left, y, { width, align: 'left', lineBreak: false });
    doc.text(`第 ${i - range.start + 1} 页 / 共 ${range.count} 页`, MARGIN.left, y, { width, align: 'right', lineBreak: false });
  }
}

export async function renderBulletinPdf(b: PrintableBulletin): Promise<Buffer> {
  const positions = b.enterprises.flatMap((e) => e.positions);
  const qrs = new Map(await Promise.all(positions.map(async (p) => [p.id, await renderQrPng(p.applyUrl)] as const)));
  const fonts = fontBuffers();
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: b.title,
      Subject: `${issueLabel(b.issueNo)}（${b.year}年）`,
      Author: `${shortZoneName(b.zoneName)}人力资源服务平台`,
      Creator: 'Qiao 桥',
      ...(b.publishedAt ? { CreationDate: new Date(b.publishedAt) } : {}),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  // Registered from the TTF bytes, pdfkit embeds only the glyphs the document uses.
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const width = doc.page.width - MARGIN.left - MARGIN.right;

  drawHeader(doc, b, width);
  for (const enterprise of b.enterprises) {
    const first = enterprise.positions[0];
    drawEnterpriseHeading(doc, enterprise.name, enterprise.positions, first ? measurePosition(doc, first, width).height : 0);
    for (const p of enterprise.positions) drawPosition(doc, p, qrs.get(p.id) as Buffer, width);
  }
  drawContacts(doc, b, width);
  drawPageNumbers(doc, b, width);
  doc.end();
  await finished;
  return Buffer.concat(chunks);
}
