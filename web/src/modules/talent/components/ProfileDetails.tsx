import { Descriptions, type DescriptionsProps, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { formatDate, formatDateTime } from '../../../ui/format';
import { LabelTag } from '../../../ui/LabelTag';
import type { EducationLevel, Seeker } from '../types';
import { formatPeriod, formatSalaryWish, orDash } from '../utils/format';

/** The fields a profile shows, whether masked (staff) or in full (the seeker's own data). */
export type ProfileDetailsData = Omit<Seeker, 'idNumberMasked' | 'phoneMasked' | 'consents'>;

export type ProfileDetailsProps = {
  profile: ProfileDetailsData;
  /** The ID number as this viewer may see it (masked, full, or a reveal button beside it). */
  idNumber: ReactNode;
  phone: ReactNode;
  /** Heading level of the section titles (2 under a page's h1). */
  headingLevel?: 2 | 3;
};

/** A profile and résumé as a readable page: details, wishes, education, work and disability. */
export function ProfileDetails({ profile: p, idNumber, phone, headingLevel = 2 }: ProfileDetailsProps) {
  const t = useT();
  const language = useLanguage();
  const educationLabel = (level: string | null) => (level ? t(`talent.education.${level as EducationLevel}`) : '—');

  const basics: DescriptionsProps['items'] = [
    { key: 'name', label: t('talent.field.name'), children: p.name },
    { key: 'gender', label: t('talent.field.gender'), children: p.gender ? t(`talent.gender.${p.gender}`) : '—' },
    { key: 'birthDate', label: t('talent.field.birthDate'), children: formatDate(p.birthDate) },
    { key: 'idNumber', label: t('talent.field.idNumber'), children: idNumber },
    { key: 'phone', label: t('talent.field.phone'), children: phone },
    { key: 'email', label: t('talent.field.email'), children: orDash(p.email) },
    { key: 'source', label: t('talent.field.source'), children: t(`talent.source.${p.source}`) },
    { key: 'updatedAt', label: t('talent.field.updatedAt'), children: formatDateTime(p.updatedAt, language) },
  ];
  const wishes: DescriptionsProps['items'] = [
    {
      key: 'regions',
      label: t('talent.field.preferredRegions'),
      children: p.preferredRegionNames.length ? p.preferredRegionNames.join('；') : '—',
      span: 'filled',
    },
    {
      key: 'salary',
      label: t('talent.field.expectedSalary'),
      children: formatSalaryWish(t, p.expectedSalaryMin, p.expectedSalaryMax),
    },
    { key: 'availableFrom', label: t('talent.field.availableFrom'), children: formatDate(p.availableFrom) },
    { key: 'experienceYears', label: t('talent.field.experienceYears'), children: t('talent.years', { n: p.experienceYears }) },
    {
      key: 'skills',
      label: t('talent.field.skills'),
      span: 'filled',
      children: p.skills.length ? (
        <Flex wrap gap={4}>
          {p.skills.map((skill) => (
            <LabelTag key={skill} tone="info">
              {skill}
            </LabelTag>
          ))}
        </Flex>
      ) : (
        '—'
      ),
    },
    {
      key: 'summary',
      label: t('talent.field.summary'),
      span: 'filled',
      children: <span style={{ whiteSpace: 'pre-wrap' }}>{orDash(p.summary)}</span>,
    },
  ];
  const education: DescriptionsProps['items'] = [
    { key: 'level', label: t('talent.field.educationLevel'), children: educationLabel(p.educationLevel) },
    { key: 'school', label: t('talent.field.school'), children: orDash(p.school) },
    { key: 'major', label: t('talent.field.major'), children: orDash(p.major) },
    { key: 'graduationOn', label: t('talent.field.graduationOn'), children: orDash(p.graduationOn?.slice(0, 7)) },
  ];
  const heading = (text: string) => (
    <Typography.Title level={headingLevel} style={{ fontSize: headingLevel === 2 ? 18 : 16, marginTop: 8 }}>
      {text}
    </Typography.Title>
  );
  const column = { xs: 1, sm: 1, md: 2 };

  return (
    <Flex vertical gap={16}>
      <section>
        {heading(t('talent.form.basics'))}
        <Descriptions bordered size="small" column={column} items={basics} />
      </section>
      <section>
        {heading(t('talent.form.wishes'))}
        <Descriptions bordered size="small" column={column} items={wishes} />
      </section>
      <section>
        {heading(t('talent.form.education'))}
        <Descriptions bordered size="small" column={column} items={education} />
        {p.education.length > 0 ? (
          <ul style={{ paddingInlineStart: 20, marginTop: 12 }}>
            {p.education.map((e, i) => (
              <li key={`${e.school}-${i}`} style={{ marginBottom: 4 }}>
                <Typography.Text strong>{e.school}</Typography.Text>
                {e.major ? ` · ${e.major}` : ''} · {educationLabel(e.level)} · {formatPeriod(t, e.startOn, e.endOn)}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <section>
        {heading(t('talent.form.experience'))}
        {p.experience.length === 0 ? (
          <Typography.Text type="secondary">{t('talent.experience.none')}</Typography.Text>
        ) : (
          <ul style={{ paddingInlineStart: 20, margin: 0 }}>
            {p.experience.map((e, i) => (
              <li key={`${e.employer}-${i}`} style={{ marginBottom: 8 }}>
                <Typography.Text strong>{e.employer}</Typography.Text> · {e.title} · {formatPeriod(t, e.startOn, e.endOn)}
                {e.description ? (
                  <>
                    <br />
                    <span style={{ whiteSpace: 'pre-wrap' }}>{e.description}</span>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        {heading(t('talent.form.disability'))}
        {p.disability?.hasDisability ? (
          <Descriptions
            bordered
            size="small"
            column={column}
            items={[
              {
                key: 'category',
                label: t('talent.field.disabilityCategory'),
                children: p.disability.category ? t(`talent.disability.${p.disability.category}`) : '—',
              },
              { key: 'accommodation', label: t('talent.field.accommodation'), children: orDash(p.disability.accommodation) },
            ]}
          />
        ) : (
          <Typography.Text type="secondary">{t('talent.disability.noneRecorded')}</Typography.Text>
        )}
      </section>
    </Flex>
  );
}
