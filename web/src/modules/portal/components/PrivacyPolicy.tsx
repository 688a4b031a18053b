import { Typography } from 'antd';
import type { MessageKey } from '../../../i18n/catalogue';
import { useT } from '../../../i18n/useT';

export type PrivacyPolicyProps = Record<string, never>;

type PolicySection = { id: string; title: MessageKey; paragraphs?: MessageKey[]; items?: MessageKey[] };

const SECTIONS: PolicySection[] = [
  { id: 'who', title: 'privacy.who.title', paragraphs: ['privacy.who.p1'] },
  {
    id: 'collect',
    title: 'privacy.collect.title',
    paragraphs: ['privacy.collect.p1'],
    items: [
      'privacy.collect.account',
      'privacy.collect.profile',
      'privacy.collect.id',
      'privacy.collect.sensitive',
      'privacy.collect.activity',
      'privacy.collect.technical',
    ],
  },
  {
    id: 'purposes',
    title: 'privacy.purposes.title',
    items: [
      'privacy.purposes.matching',
      'privacy.purposes.fairs',
      'privacy.purposes.guidance',
      'privacy.purposes.statistics',
      'privacy.purposes.security',
    ],
  },
  { id: 'consent', title: 'privacy.consent.title', paragraphs: ['privacy.consent.p1', 'privacy.consent.p2'] },
  { id: 'sharing', title: 'privacy.sharing.title', paragraphs: ['privacy.sharing.p1', 'privacy.sharing.p2'] },
  {
    id: 'rights',
    title: 'privacy.rights.title',
    paragraphs: ['privacy.rights.p1'],
    items: [
      'privacy.rights.see',
      'privacy.rights.export',
      'privacy.rights.correct',
      'privacy.rights.delete',
      'privacy.rights.withdraw',
      'privacy.rights.explain',
    ],
  },
  { id: 'security', title: 'privacy.security.title', paragraphs: ['privacy.security.p1', 'privacy.security.p2'] },
  { id: 'retention', title: 'privacy.retention.title', paragraphs: ['privacy.retention.p1'] },
  { id: 'minors', title: 'privacy.minors.title', paragraphs: ['privacy.minors.p1'] },
  { id: 'contact', title: 'privacy.contact.title', paragraphs: ['privacy.contact.p1'] },
];

/** 隐私政策: what Qiao collects about job seekers, why, consent and PIPL rights. */
export function PrivacyPolicy(_props: PrivacyPolicyProps) {
  const t = useT();
  return (
    <article aria-labelledby="privacy-title">
      <Typography.Title id="privacy-title" level={1} style={{ fontSize: 28 }}>
        {t('privacy.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('privacy.updated')}</Typography.Paragraph>
      <Typography.Paragraph>{t('privacy.intro')}</Typography.Paragraph>
      <nav aria-label={t('privacy.toc')}>
        <ol style={{ paddingInlineStart: 20 }}>
          {SECTIONS.map((section) => (
            <li key={section.id}>
              <a href={`#privacy-${section.id}`}>{t(section.title)}</a>
            </li>
          ))}
        </ol>
      </nav>
      {SECTIONS.map((section) => (
        <section key={section.id} aria-labelledby={`privacy-${section.id}`}>
          <Typography.Title id={`privacy-${section.id}`} level={2} style={{ fontSize: 20 }}>
            {t(section.title)}
          </Typography.Title>
          {section.paragraphs?.map((key) => (
            <Typography.Paragraph key={key}>{t(key)}</Typography.Paragraph>
          ))}
          {section.items ? (
            <ul style={{ paddingInlineStart: 20 }}>
              {section.items.map((key) => (
                <li key={key} style={{ marginBottom: 6 }}>
                  {t(key)}
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ))}
    </article>
  );
}
