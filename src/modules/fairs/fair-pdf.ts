import PDFDocument from 'pdfkit';
import { chineseDate } from '../bulletins/bulletin-content';
import { fontBuffers } from '../bulletins/bulletin-fonts';
import { renderQrPng } from '../bulletins/bulletin-pdf';

// The two printouts of a fair: the booth list (A4, one row per approved booth, for the organisers'
// desk) and the venue sheet (one A4 page per booth, posted on the booth: its number in large type,
// the enterprise, its positions and the QR code seekers scan to record an intent).

export type PrintableBooth = {
  boothNumber: string;
  organisationName: string;
  contactName: string;
  contactPhone: string;
  staffCount: number;
  positions: { title: string; headcount: number; isDisabilityFriendly: boolean }[];
  /** What the booth's QR code opens. */
  boothUrl: string;
};

export type PrintableFair = { title: string; venue: string; startsAt: Date; endsAt: Date; hostName: string | null; booths: PrintableBooth[] };

const MARGIN = { top: 50, bottom: 60, left: 50, right: 50 };
const COLOR = { ink: '#1f1f1f', muted: '#595959', accent: '#0b5cad', rule: '#d9d9d9', panel: '#f5f8fc' };

type Doc = InstanceType<typeof PDFDocument>;

function timeOfDay(at: Date): string {
  const local = new Date(at.getTime() + 8 * 3600_000);
  return `${String(local.getUTCHours()).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}`;
}

function whenText(fair: PrintableFair): string {
  const start = chineseDate(fair.startsAt);
  const end = chineseDate(fair.endsAt);
  return start === end ? `${start} ${timeOfDay(fair.startsAt)}–${timeOfDay(fair.endsAt)}` : `${start} ${timeOfDay(fair.startsAt)} 至 ${end} ${timeOfDay(fair.endsAt)}`;
}

function positionText(p: PrintableBooth['positions'][number]): string {
  return `${p.title}（${p.headcount}人${p.isDisabilityFriendly ? '，可招残疾人' : ''}）`;
}

/** A pdfkit document with Noto Sans SC registered, and the promise of its bytes. */
function openDocument(title: string): { doc: Doc; bytes: Promise<Buffer> } {
  const fonts = fontBuffers();
  const doc = new PDFDocument({ size: 'A4', margins: MARGIN, bufferPages: true, lang: 'zh-CN', displayTitle: true, info: { Title: title, Creator: 'Qiao 桥' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  return { doc, bytes };
}

function drawPageNumbers(doc: Doc, label: string): void {
  const range = doc.bufferedPageRange();
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would otherwise make pdfkit start another page.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN.bottom + 24;
    doc.font('regular').fontSize(8.5).fillColor(COLOR.muted);
    doc.text(label, MARGIN.left, y, { width, align: 'left', lineBreak: false });
    doc.text(`第 ${i - range.start + 1} 页 / 共 ${range.count} 页`, MARGIN.left, y, { width, align: 'right', lineBreak: false });
  }
}

const COLUMNS = [
  { title: '展位号', width: 55 },
  { title: '参展企业', width: 140 },
  { title: '招聘岗位', width: 190 },
  { title: '联系人', width: 110 },
] as const;

/** 展位一览表: every approved booth in booth-number order, with positions and contact. */
export async function renderBoothListPdf(fair: PrintableFair): Promise<Buffer> {
  const { doc, bytes } = openDocument(`${fair.title} 展位一览表`);
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  doc.font('bold').fontSize(18).fillColor(COLOR.ink).text(fair.title, MARGIN.left, doc.y, { width, align: 'center' });
  doc.moveDown(0.3);
  doc.font('regular').fontSize(10).fillColor(COLOR.muted).text(['展位一览表', whenText(fair), fair.venue, ...(fair.hostName ? [`主办：${fair.hostName}`] : [])].join('\u3000'), { width, align: 'center' });
  doc.moveDown(0.3);
  doc.text(`共 ${fair.booths.length} 个展位，${fair.booths.reduce((n, b) => n + b.positions.length, 0)} 个岗位`, { width, align: 'center' });
  doc.moveDown(0.8);
  const pad = 5;
  const drawHeader = () => {
    const y = doc.y;
    doc.rect(MARGIN.left, y, width, 20).fillColor(COLOR.panel).fill();
    let x = MARGIN.left;
    for (const c of COLUMNS) {
      doc.font('bold').fontSize(9.5).fillColor(COLOR.ink).text(c.title, x + pad, y + 5, { width: c.width - 2 * pad, lineBreak: false });
      x += c.width;
    }
    doc.y = y + 20;
  };
  drawHeader();
  for (const booth of fair.booths) {
    const cells = [booth.boothNumber, booth.organisationName, booth.positions.map(positionText).join('\n'), `${booth.contactName}\n${booth.contactPhone}\n${booth.staffCount}人到场`];
    const heights = cells.map((text, i) => doc.font(i === 0 ? 'bold' : 'regular').fontSize(9.5).heightOfString(text, { width: (COLUMNS[i]?.width ?? 0) - 2 * pad }));
    const height = Math.max(...heights) + 2 * pad;
    if (doc.y + height > doc.page.height - MARGIN.bottom) {
      doc.addPage();
      drawHeader();
    }
    const y = doc.y;
    let x = MARGIN.left;
    cells.forEach((text, i) => {
      const column = COLUMNS[i];
      if (!column) return;
      doc.font(i === 0 ? 'bold' : 'regular').fontSize(9.5).fillColor(i === 0 ? COLOR.accent : COLOR.ink).text(text, x + pad, y + pad, { width: column.width - 2 * pad });
      x += column.width;
    });
    doc.moveTo(MARGIN.left, y + height).lineTo(MARGIN.left + width, y + height).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
    doc.x = MARGIN.left;
    doc.y = y + height;
  }
  drawPageNumbers(doc, `${fair.title} 展位一览表`);
  doc.end();
  return bytes;
}

/** 展位牌: one page per booth, posted at the booth. */
export async function renderVenueSheetPdf(fair: PrintableFair): Promise<Buffer> {
  const qrs = await Promise.all(fair.booths.map((b) => renderQrPng(b.boothUrl)));
  const { doc, bytes } = openDocument(`${fair.title} 展位牌`);
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  const center = { width, align: 'center' as const };
  fair.booths.forEach((booth, i) => {
    if (i > 0) doc.addPage();
    doc.font('regular').fontSize(12).fillColor(COLOR.muted).text(fair.title, MARGIN.left, MARGIN.top, center);
    doc.moveDown(0.6);
    doc.font('bold').fontSize(96).fillColor(COLOR.accent).text(booth.boothNumber, center);
    doc.moveDown(0.2);
    doc.font('bold').fontSize(24).fillColor(COLOR.ink).text(booth.organisationName, center);
    doc.moveDown(0.8);
    doc.font('bold').fontSize(13).fillColor(COLOR.ink).text('招聘岗位', MARGIN.left, doc.y, { width });
    doc.moveDown(0.3);
    for (const p of booth.positions) doc.font('regular').fontSize(13).fillColor(COLOR.ink).text(`· ${positionText(p)}`, { width, lineGap: 2 });
    const qrSize = 150;
    const qrY = Math.max(doc.y + 20, doc.page.height - MARGIN.bottom - qrSize - 40);
    const qr = qrs[i];
    if (qr) doc.image(qr, MARGIN.left + (width - qrSize) / 2, qrY, { width: qrSize, height: qrSize });
    doc.font('regular').fontSize(11).fillColor(COLOR.muted).text('求职者扫码登记求职意向、投递简历', MARGIN.left, qrY + qrSize + 6, { ...center, lineBreak: false });
  });
  if (fair.booths.length === 0) doc.font('regular').fontSize(14).fillColor(COLOR.muted).text(`${fair.title}：尚无已批准的展位`, MARGIN.left, MARGIN.top, center);
  drawPageNumbers(doc, `${fair.title} 展位牌`);
  doc.end();
  return bytes;
}
