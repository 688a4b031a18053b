import { Descriptions, Empty, Flex, Typography } from 'antd';
import { useT } from '../../../i18n/useT';
import { formatDate } from '../../../ui/format';
import { LabelTag } from '../../../ui/LabelTag';
import { EDUCATION_LEVELS, type EducationLevel, type Resume } from '../types';
import { formatSalary } from '../utils/format';

export type ResumeViewProps = { resume: Resume; coverNote: string | null };

function isEducationLevel(value: string): value is EducationLevel {
  return (EDUCATION_LEVELS as readonly string[]).includes(value);
}

function period(start: string | null, end: string | null): string {
  if (!start && !end) return '';
  return `${formatDate(start)} – ${end ? formatDate(end) : ''}`;
}

/** A résumé as the enterprise received it (phone masked, no ID number). */
export function ResumeView({ resume: r, coverNote }: ResumeViewProps) {
  const t = useT();
  const none = t('applicationResume.none');
  const educationLabel = (level: string) => (isEducationLevel(level) ? t(`position.education.${level}`) : level || none);
  const hasExpectation = r.expectedSalaryMin !== null || r.expectedSalaryMax !== null;
  return (
    <Flex vertical gap={20}>
      {coverNote ? (
        <section aria-labelledby="resume-note">
          <Typography.Title id="resume-note" level={2} style={{ fontSize: 16 }}>
            {t('applications.field.coverNote')}
          </Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{coverNote}</Typography.Paragraph>
        </section>
      ) : null}
      <section aria-labelledby="resume-basic">
        <Typography.Title id="resume-basic" level={2} style={{ fontSize: 16 }}>
          {t('applicationResume.section.basic')}
        </Typography.Title>
        <Descriptions
          size="small"
          column={1}
          bordered
          items={[
            { key: 'name', label: t('applicationResume.field.name'), children: r.name },
            { key: 'gender', label: t('applicationResume.field.gender'), children: r.gender ? t(`applicationResume.gender.${r.gender}`) : none },
            { key: 'birthYear', label: t('applicationResume.field.birthYear'), children: r.birthYear ?? none },
            { key: 'phone', label: t('applicationResume.field.phone'), children: r.phoneMasked ?? none },
            {
              key: 'email',
              label: t('applicationResume.field.email'),
              children: r.email ? <a href={`mailto:${r.email}`}>{r.email}</a> : none,
            },
            { key: 'education', label: t('applicationResume.field.educationLevel'), children: r.educationLevel ? t(`position.education.${r.educationLevel}`) : none },
            { key: 'school', label: t('applicationResume.field.school'), children: r.school ?? none },
            { key: 'major', label: t('applicationResume.field.major'), children: r.major ?? none },
            { key: 'graduationOn', label: t('applicationResume.field.graduationOn'), children: r.graduationOn ? formatDate(r.graduationOn) : none },
            { key: 'experienceYears', label: t('applicationResume.field.experienceYears'), children: t('applications.years', { years: r.experienceYears }) },
          ]}
        />
      </section>
      <section aria-labelledby="resume-education">
        <Typography.Title id="resume-education" level={2} style={{ fontSize: 16 }}>
          {t('applicationResume.section.education')}
        </Typography.Title>
        {r.education.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={none} />
        ) : (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {r.education.map((entry, index) => (
              <li key={`${entry.school}-${index}`}>
                <strong>{entry.school}</strong> · {educationLabel(entry.level)}
                {entry.major ? ` · ${entry.major}` : ''}
                {period(entry.startOn, entry.endOn) ? (
                  <Typography.Text type="secondary"> （{period(entry.startOn, entry.endOn)}）</Typography.Text>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="resume-experience">
        <Typography.Title id="resume-experience" level={2} style={{ fontSize: 16 }}>
          {t('applicationResume.section.experience')}
        </Typography.Title>
        {r.experience.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={none} />
        ) : (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {r.experience.map((entry, index) => (
              <li key={`${entry.employer}-${index}`} style={{ marginBottom: 8 }}>
                <strong>{entry.employer}</strong> · {entry.title}
                {period(entry.startOn, entry.endOn) ? (
                  <Typography.Text type="secondary"> （{period(entry.startOn, entry.endOn)}）</Typography.Text>
                ) : null}
                {entry.description ? <div style={{ whiteSpace: 'pre-wrap' }}>{entry.description}</div> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="resume-skills">
        <Typography.Title id="resume-skills" level={2} style={{ fontSize: 16 }}>
          {t('applicationResume.section.skills')}
        </Typography.Title>
        {r.skills.length === 0 ? (
          <Typography.Text type="secondary">{none}</Typography.Text>
        ) : (
          <Flex wrap gap={4}>
            {r.skills.map((skill) => (
              <LabelTag key={skill}>{skill}</LabelTag>
            ))}
          </Flex>
        )}
      </section>
      <section aria-labelledby="resume-expectations">
        <Typography.Title id="resume-expectations" level={2} style={{ fontSize: 16 }}>
          {t('applicationResume.section.expectations')}
        </Typography.Title>
        <Descriptions
          size="small"
          column={1}
          bordered
          items={[
            {
              key: 'regions',
              label: t('applicationResume.field.preferredRegions'),
              children: r.preferredRegions.length > 0 ? r.preferredRegions.join('、') : none,
            },
            {
              key: 'salary',
              label: t('applicationResume.field.expectedSalary'),
              children: hasExpectation ? formatSalary(t, r.expectedSalaryMin, r.expectedSalaryMax) : none,
            },
            { key: 'availableFrom', label: t('applicationResume.field.availableFrom'), children: r.availableFrom ? formatDate(r.availableFrom) : none },
          ]}
        />
      </section>
      {r.summary ? (
        <section aria-labelledby="resume-summary">
          <Typography.Title id="resume-summary" level={2} style={{ fontSize: 16 }}>
            {t('applicationResume.section.summary')}
          </Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{r.summary}</Typography.Paragraph>
        </section>
      ) : null}
    </Flex>
  );
}
