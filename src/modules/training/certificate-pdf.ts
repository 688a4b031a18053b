import PDFDocument from 'pdfkit';
import { renderQrPng } from '../bulletins/bulletin-pdf';
import { fontBuffers } from '../bulletins/bulletin-fonts';

// The printable certificate of completion (结业证书): A4 landscape, Noto Sans SC embedded (pdfkit
// subsets it), a QR code that opens the public verify page of its number.

export type PrintableCertificate = {
  certificateNo: string;
  traineeName: string;
  programmeTitle: string;
  organiserName: string;
  startsOn: string;
  endsOn: string;
  totalHours: number;
  completedOn: string;
  verifyUrl: string;
};

/** The ideographic space that indents a Chinese paragraph by one character. */
const INDENT = '\u3000\u3000';
const COLOR = { ink: '#1f1f1f', muted: '#595959', accent: '#a8071a', gold: '#ad8b00' };
const QR_SIZE = 92;

/** 2023-06-01 as 2023年6月1日. */
export function chineseDay(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** The address the certificate's QR code opens. */
export function certificateVerifyUrl(baseUrl: string, certificateNo: string): string {
  return `${baseUrl}/certificates/${encodeURIComponent(certificateNo)}`;
}

export async function renderCertificatePdf(c: PrintableCertificate): Promise<Buffer> {
  const qr = await renderQrPng(c.verifyUrl);
  const fonts = fontBuffers();
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    lang: 'zh-CN',
    displayTitle: true,
    info: { Title: `结业证书 ${c.certificateNo}`, Subject: c.programmeTitle, Author: c.organiserName, Creator: 'Qiao 桥' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const { width, height } = doc.page;

  // Double frame.
  doc.rect(24, 24, width - 48, height - 48).lineWidth(3).strokeColor(COLOR.accent).stroke();
  doc.rect(34, 34, width - 68, height - 68).lineWidth(0.8).strokeColor(COLOR.gold).stroke();

  const left = 96;
  const textWidth = width - 2 * left;
  doc.font('bold').fontSize(38).fillColor(COLOR.accent).text('结 业 证 书', left, 84, { width: textWidth, align: 'center', characterSpacing: 6 });
  doc.font('regular').fontSize(11).fillColor(COLOR.muted).text('CERTIFICATE OF COMPLETION', left, doc.y + 4, { width: textWidth, align: 'center', characterSpacing: 2 });

  const body =
    `${c.traineeName}：\n` +
    `${INDENT}你于${chineseDay(c.startsOn)}至${chineseDay(c.endsOn)}参加由${c.organiserName}举办的“${c.programmeTitle}”，` +
    `完成规定的${c.totalHours}学时培训，考核合格，准予结业。\n${INDENT}特发此证。`;
  doc.font('regular').fontSize(17).fillColor(COLOR.ink).text(body, left, 190, { width: textWidth, lineGap: 10 });

  const footY = height - 170;
  doc.font('regular').fontSize(13).fillColor(COLOR.ink);
  doc.text(c.organiserName, width - left - 320, footY + 18, { width: 320, align: 'right' });
  doc.text(chineseDay(c.completedOn), width - left - 320, footY + 44, { width: 320, align: 'right' });

  doc.image(qr, left, footY - 6, { width: QR_SIZE, height: QR_SIZE });
  doc.font('regular').fontSize(10).fillColor(COLOR.muted);
  doc.text(`证书编号：${c.certificateNo}`, left + QR_SIZE + 12, footY + 20, { lineBreak: false });
  doc.text('扫描二维码或访问平台核验证书真伪', left + QR_SIZE + 12, footY + 40, { lineBreak: false });
  doc.end();
  await finished;
  return Buffer.concat(chunks);
}
