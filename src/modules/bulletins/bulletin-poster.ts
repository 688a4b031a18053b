import { renderAsync } from '@resvg/resvg-js';
import QRCode from 'qrcode';
import { chineseDate, shortZoneName } from './bulletin-content';
import { FONT_FAMILY, FONT_FILES } from './bulletin-fonts';
import type { BulletinStatus } from './bulletins.codes';
import type { BulletinPositionView, PublicBulletinView } from './bulletins.schemas';

// The social-media poster of an issue (1080×1920, the size of a phone screen and of WeChat
// Moments / Douyin images): an SVG drawn here and rendered to PNG by resvg with the bundled fonts.

export type PosterBulletin = PublicBulletinView & { status?: BulletinStatus };

export const POSTER_WIDTH = 1080;
export const POSTER_HEIGHT = 1920;
const MAX_POSITIONS = 6;
const MAX_CONTACTS = 2;

/** Width of text in em: CJK and full-width forms take a whole em, Latin letters and digits about half. */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x2e80 || (code >= 0x2010 && code <= 0x206f)) width += 1;
    else if (ch === ' ') width += 0.26;
    else if (/[A-Z0-9]/.test(ch)) width += 0.62;
    else width += 0.55;
  }
  return width;
}

/** The text, shortened with … when it would be wider than `maxWidth` pixels at `fontSize`. */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  if (textWidthEm(text) * fontSize <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 0 && (textWidthEm(chars.join('')) + 1) * fontSize > maxWidth) chars.pop();
  return `${chars.join('')}…`;
}

export type PosterPosition = BulletinPositionView & { enterpriseName: string };

/**
 * The positions the poster features: open ones first, one per enterprise before a second from
 * any, in the bulletin's order.
 */
export function pickPosterPositions(b: PublicBulletinView, max = MAX_POSITIONS): PosterPosition[] {
  const all = b.enterprises.flatMap((e) => e.positions.map((p) => ({ ...p, enterpriseName: e.name, organisationId: e.organisationId })));
  const open = all.filter((p) => p.isOpen);
  const seen = new Set<string>();
  const firstOfEach = open.filter((p) => !seen.has(p.organisationId) && seen.add(p.organisationId));
  const picked = new Set([...new Set([...firstOfEach, ...open, ...all])].slice(0, max));
  return all.filter((p) => picked.has(p)).map(({ organisationId: _organisationId, ...p }) => p);
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** The QR code as one SVG path of unit squares, to be scaled into place. */
export function qrPath(url: string): { path: string; size: number } {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row += 1) {
    for (let col = 0; col < modules.size; col += 1) {
      if (modules.get(row, col)) parts.push(`M${col} ${row}h1v1h-1z`);
    }
  }
  return { path: parts.join(''), size: modules.size };
}

type TextOptions = { size: number; weight?: 400 | 700; fill: string; anchor?: 'start' | 'middle' | 'end' };

function svgText(x: number, y: number, text: string, o: TextOptions): string {
  return `<text x="${x}" y="${y}" font-family="${FONT_FAMILY}" font-size="${o.size}" font-weight="${o.weight ?? 400}" fill="${o.fill}" text-anchor="${o.anchor ?? 'start'}">${escapeXml(text)}</text>`;
}

export function buildPosterSvg(b: PosterBulletin): string {
  const W = POSTER_WIDTH;
  const H = POSTER_HEIGHT;
  const x0 = 80;
  const inner = W - 2 * x0;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`,
    '<defs><linearGradient id="bg" x1="0" y1="0" x2="0.4" y2="1"><stop offset="0" stop-color="#0a4f9c"/><stop offset="1" stop-color="#1677ff"/></linearGradient></defs>',
    `<rect width="${W}" height="${H}" fill="url(#bg)"/>`,
    `<circle cx="${W - 60}" cy="120" r="260" fill="#ffffff" fill-opacity="0.07"/>`,
    `<circle cx="40" cy="560" r="150" fill="#ffffff" fill-opacity="0.05"/>`,
  );

  // Masthead
  out.push(svgText(x0, 150, fitText(`${shortZoneName(b.zoneName)}人力资源服务平台`, inner, 40), { size: 40, fill: '#d6e8ff' }));
  out.push(svgText(x0, 300, '招聘信息', { size: 132, weight: 700, fill: '#ffffff' }));
  const issue = `${b.year}年 第${b.issueNo}期`;
  const pillWidth = Math.round(textWidthEm(issue) * 50 + 64);
  out.push(`<rect x="${x0}" y="340" width="${pillWidth}" height="80" rx="40" fill="#ffb020"/>`);
  out.push(svgText(x0 + pillWidth / 2, 397, issue, { size: 50, weight: 700, fill: '#3d2400', anchor: 'middle' }));
  const status = b.status && b.status !== 'published' ? '草稿预览' : b.publishedAt ? `${chineseDate(new Date(b.publishedAt))}发布` : '';
  out.push(svgText(x0 + pillWidth + 30, 395, status, { size: 34, fill: '#d6e8ff' }));
  out.push(
    svgText(x0, 500, `本期 ${b.enterpriseCount} 家企业 · ${b.positionCount} 个岗位 · 招聘 ${b.headcount} 人`, { size: 42, weight: 700, fill: '#ffffff' }),
  );

  // Featured positions on a white card
  const featured = pickPosterPositions(b);
  const rowHeight = 120;
  const cardTop = 560;
  const more = b.positionCount - featured.length;
  const cardHeight = 90 + featured.length * rowHeight + (more > 0 ? 80 : 20);
  out.push(`<rect x="${x0 - 30}" y="${cardTop}" width="${inner + 60}" height="${cardHeight}" rx="28" fill="#ffffff"/>`);
  out.push(svgText(x0, cardTop + 62, '热招岗位', { size: 40, weight: 700, fill: '#0a4f9c' }));
  featured.forEach((p, i) => {
    const top = cardTop + 90 + i * rowHeight;
    const salary = p.salaryText;
    const salaryWidth = textWidthEm(salary) * 40;
    out.push(svgText(x0, top + 48, fitText(p.title, inner - salaryWidth - 40, 44), { size: 44, weight: 700, fill: '#1f1f1f' }));
    out.push(svgText(x0 + inner, top + 48, salary, { size: 40, weight: 700, fill: '#d4380d', anchor: 'end' }));
    const sub = `${p.enterpriseName} · ${p.educationLabel} · ${p.headcount}人`;
    out.push(svgText(x0, top + 92, fitText(sub, inner, 30), { size: 30, fill: '#595959' }));
    if (i < featured.length - 1) out.push(`<rect x="${x0}" y="${top + rowHeight - 8}" width="${inner}" height="2" fill="#f0f0f0"/>`);
  });
  if (more > 0) out.push(svgText(W / 2, cardTop + 90 + featured.length * rowHeight + 40, `……另有 ${more} 个岗位，扫码查看全部`, { size: 30, fill: '#8c8c8c', anchor: 'middle' }));

  // QR code to the issue's portal page, with a white quiet zone, and the contact points beside it
  const qr = qrPath(b.portalUrl);
  const qrBox = 340;
  const qrTop = H - 90 - qrBox;
  const quiet = 24;
  const scale = (qrBox - 2 * quiet) / qr.size;
  out.push(`<rect x="${x0}" y="${qrTop}" width="${qrBox}" height="${qrBox}" rx="16" fill="#ffffff"/>`);
  out.push(
    `<path transform="translate(${x0 + quiet} ${qrTop + quiet}) scale(${scale.toFixed(4)})" d="${qr.path}" fill="#000000" shape-rendering="crispEdges"/>`,
  );
  out.push(svgText(x0 + qrBox / 2, qrTop + qrBox + 50, '扫码查看本期全部岗位', { size: 30, fill: '#ffffff', anchor: 'middle' }));

  const cx = x0 + qrBox + 50;
  const cWidth = W - x0 - cx;
  out.push(svgText(cx, qrTop + 40, '联系我们', { size: 40, weight: 700, fill: '#ffffff' }));
  let cy = qrTop + 100;
  for (const c of b.contactPoints.slice(0, MAX_CONTACTS)) {
    out.push(svgText(cx, cy, fitText(c.name, cWidth, 32), { size: 32, weight: 700, fill: '#ffffff' }));
    cy += 46;
    if (c.phone) {
      out.push(svgText(cx, cy, fitText(`电话 ${c.phone}`, cWidth, 30), { size: 30, fill: '#d6e8ff' }));
      cy += 42;
    }
    if (c.address) {
      out.push(svgText(cx, cy, fitText(c.address, cWidth, 26), { size: 26, fill: '#d6e8ff' }));
      cy += 38;
    }
    cy += 24;
  }
  out.push('</svg>');
  return out.join('');
}

/** The poster as PNG, rendered off the event loop with the bundled Noto Sans SC only. */
export async function renderBulletinPoster(b: PosterBulletin): Promise<Buffer> {
  const image = await renderAsync(buildPosterSvg(b), {
    font: { fontFiles: [FONT_FILES.regular, FONT_FILES.bold], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
    fitTo: { mode: 'original' },
  });
  return image.asPng();
}
