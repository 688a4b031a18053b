import { EnvironmentOutlined, PhoneOutlined } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import { useT } from '../../../i18n/useT';
import { ButtonLink } from '../../../ui/ButtonLink';
import { LabelTag } from '../../../ui/LabelTag';
import type { PublicBulletin } from '../types';
import { formatEducation, formatSalary, shortRegionName } from '../utils/format';

export type BulletinContentProps = {
  bulletin: Pick<PublicBulletin, 'introduction' | 'contactPoints' | 'enterprises'>;
  /** Portal readers get an 申请 link per open position; the console preview does not. */
  hasApplyLinks: boolean;
  /** Level of the section headings (2 under the page's h1). */
  headingLevel?: 2 | 3;
};

/** An issue's introduction, its positions grouped by enterprise, and its contact points; phone-first. */
export function BulletinContent({ bulletin, hasApplyLinks, headingLevel = 2 }: BulletinContentProps) {
  const t = useT();
  const sub = headingLevel === 2 ? 3 : 4;
  return (
    <Flex vertical gap={20}>
      <section aria-labelledby="bulletin-intro-title">
        <Typography.Title id="bulletin-intro-title" level={headingLevel} style={{ fontSize: 18 }}>
          {t('bulletins.field.introduction')}
        </Typography.Title>
        {bulletin.introduction.split(/\n+/).map((paragraph, i) => (
          <Typography.Paragraph key={i} style={{ fontSize: 16, lineHeight: 1.75 }}>
            {paragraph}
          </Typography.Paragraph>
        ))}
      </section>

      <section aria-labelledby="bulletin-positions-title">
        <Typography.Title id="bulletin-positions-title" level={headingLevel} style={{ fontSize: 18 }}>
          {t('bulletins.public.positions')}
        </Typography.Title>
        <Flex vertical gap={16}>
          {bulletin.enterprises.map((enterprise) => (
            <Card key={enterprise.organisationId} variant="outlined" size="small" styles={{ body: { padding: 12 } }}>
              <Typography.Title level={sub} style={{ fontSize: 17, marginTop: 0, marginBottom: 8 }}>
                {enterprise.name}
              </Typography.Title>
              <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 10 }}>
                {enterprise.positions.map((p) => (
                  <li key={p.id} style={{ borderTop: '1px solid #f0f0f0', paddingTop: 10 }}>
                    <Flex justify="space-between" align="start" gap={8}>
                      <div style={{ minWidth: 0 }}>
                        <Typography.Text strong style={{ fontSize: 16 }}>
                          {p.title}
                        </Typography.Text>
                        <div style={{ color: '#0b3d91', fontWeight: 600, marginTop: 2 }}>{formatSalary(t, p.salaryMin, p.salaryMax)}</div>
                      </div>
                      {hasApplyLinks && p.isOpen ? (
                        <ButtonLink
                          to={`/positions/${p.id}`}
                          type="primary"
                          style={{ flexShrink: 0 }}
                          aria-label={t('bulletins.public.applyFor', { title: p.title })}
                        >
                          {t('bulletins.public.apply')}
                        </ButtonLink>
                      ) : null}
                    </Flex>
                    <Flex wrap gap={4} style={{ marginTop: 6 }}>
                      <LabelTag>{formatEducation(t, p.educationLevel)}</LabelTag>
                      <LabelTag icon={<EnvironmentOutlined aria-hidden="true" />}>{shortRegionName(p.regionName, p.regionCode)}</LabelTag>
                      <LabelTag>{t('bulletins.headcount', { n: p.headcount })}</LabelTag>
                      {p.isDisabilityFriendly ? <LabelTag tone="teal">{t('bulletins.public.disabilityFriendly')}</LabelTag> : null}
                      {p.isOpen ? null : <LabelTag tone="gold">{t('bulletins.public.closed')}</LabelTag>}
                    </Flex>
                    {p.dutiesSummary ? (
                      <Typography.Paragraph type="secondary" style={{ margin: '6px 0 0', fontSize: 14 }}>
                        {p.dutiesSummary}
                      </Typography.Paragraph>
                    ) : null}
                  </li>
                ))}
              </ul>
            </Card>
          ))}
        </Flex>
      </section>

      <section aria-labelledby="bulletin-contacts-title">
        <Typography.Title id="bulletin-contacts-title" level={headingLevel} style={{ fontSize: 18 }}>
          {t('bulletins.field.contactPoints')}
        </Typography.Title>
        <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 8 }}>
          {bulletin.contactPoints.map((c, i) => (
            <li key={`${c.name}-${i}`}>
              <Typography.Text strong>{c.name}</Typography.Text>
              {c.phone ? (
                <>
                  <br />
                  <PhoneOutlined aria-hidden="true" /> <a href={`tel:${c.phone.replace(/[^0-9+]/g, '')}`}>{c.phone}</a>
                </>
              ) : null}
              {c.address ? (
                <>
                  <br />
                  <EnvironmentOutlined aria-hidden="true" /> {c.address}
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </Flex>
  );
}
