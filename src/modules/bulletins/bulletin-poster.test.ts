import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { buildPosterSvg, fitText, pickPosterPositions, POSTER_HEIGHT, POSTER_WIDTH, renderBulletinPoster, textWidthEm } from './bulletin-poster';
import type { BulletinPositionView, PublicBulletinView } from './bulletins.schemas';

const BASE = 'https://qiao.example.cn';

function position(n: number, isOpen = true): BulletinPositionView {
  const id = `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return {
    id,
    title: `化学制药工程师${n}`,
    headcount: 2,
    educationLevel: 'bachelor',
    educationLabel: '本科',
    salaryMin: 4000,
    salaryMax: 6000,
    salaryText: '4000–6000元/月',
    regionCode: '532301',
    regionName: '云南省 楚雄彝族自治州 楚雄市',
    dutiesSummary: '负责制药设备的日常运行与维护。',
    isDisabilityFriendly: false,
    isOpen,
    applyUrl: `${BASE}/positions/${id}`,
  };
}

function bulletin(enterprises: { name: string; positions: BulletinPositionView[] }[]): PublicBulletinView {
  const all = enterprises.flatMap((e) => e.positions);
  const id = '20000000-0000-4000-8000-000000000001';
  return {
    id,
    year: 2023,
    issueNo: 3,
    issueLabel: '招聘信息 第3期',
    title: '楚雄高新区人力资源服务平台招聘信息（2023年第3期）',
    introduction: '春季招聘季已经到来。',
    contactPoints: [{ name: '楚雄高新区人力资源服务产业园', phone: '0878-3122016', address: '楚雄高新区创新创业服务中心一楼' }],
    publishedAt: '2023-02-10T01:00:00.000Z',
    zoneName: '楚雄高新技术产业开发区',
    positionCount: all.length,
    enterpriseCount: enterprises.length,
    headcount: all.reduce((s, p) => s + p.headcount, 0),
    portalUrl: `${BASE}/bulletins/${id}`,
    pdfUrl: `/api/public/bulletins/${id}/pdf`,
    posterUrl: `/api/public/bulletins/${id}/poster.png`,
    enterprises: enterprises.map((e, i) => ({ organisationId: `00000000-0000-4000-8000-00000000000${i}`, ...e })),
  };
}

describe('bulletin poster', () => {
  it('measures and shortens text to fit', () => {
    expect(textWidthEm('招聘')).toBe(2);
    expect(textWidthEm('QC')).toBeCloseTo(1.24);
    expect(fitText('短标题', 400, 40)).toBe('短标题');
    const fitted = fitText('楚雄市公共就业服务中心高新区服务站', 400, 40);
    expect(fitted.endsWith('…')).toBe(true);
    expect(textWidthEm(fitted) * 40).toBeLessThanOrEqual(400);
  });

  it('features one open position per enterprise before a second one, in bulletin order', () => {
    const b = bulletin([
      { name: '甲公司', positions: [position(1, false), position(2), position(3)] },
      { name: '乙公司', positions: [position(4)] },
      { name: '丙公司', positions: [position(5), position(6)] },
    ]);
    expect(pickPosterPositions(b, 4).map((p) => p.title)).toEqual(['化学制药工程师2', '化学制药工程师3', '化学制药工程师4', '化学制药工程师5']);
    expect(pickPosterPositions(b, 2).map((p) => p.enterpriseName)).toEqual(['甲公司', '乙公司']);
  });

  it('escapes text into the SVG', () => {
    const b = bulletin([{ name: 'R&D <实验室>', positions: [position(1)] }]);
    const svg = buildPosterSvg(b);
    expect(svg).toContain('R&amp;D &lt;实验室&gt;');
    expect(svg).not.toContain('<实验室>');
  });

  it('renders a 1080×1920 PNG whose QR code opens the issue’s portal page', async () => {
    const b = bulletin([{ name: '云南华派药业有限公司', positions: [position(1), position(2)] }]);
    const png = PNG.sync.read(await renderBulletinPoster(b));
    expect([png.width, png.height]).toEqual([POSTER_WIDTH, POSTER_HEIGHT]);
    const code = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
    expect(code?.data).toBe(b.portalUrl);
  });
});
