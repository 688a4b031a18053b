import { ArrowLeftOutlined, HeartOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Result, Typography } from 'antd';
import { Link, useLocation } from 'react-router';
import { useT } from '../../../i18n/useT';
import { ButtonLink } from '../../../ui/ButtonLink';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDate } from '../../../ui/format';
import { LoadingBlock } from '../../../ui/LoadingBlock';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { PositionStatusTag } from '../../positions/components/PositionStatusTag';
import { WordTags } from '../../positions/components/WordTags';
import { usePosition } from '../../positions/hooks/usePosition';
import { formatDayInChina, formatEducationRequirement, formatExperience, formatSalary } from '../../positions/utils/format';
import { ApplyBar } from './ApplyBar';
import { JobTags } from './JobTags';
import { PositionSection } from './PositionSection';
import '../jobs.css';

export type PositionPublicViewProps = { positionId: string };

function backPath(state: unknown): string {
  const from = typeof state === 'object' && state !== null && 'fromSearch' in state ? state.fromSearch : undefined;
  return typeof from === 'string' && from !== '' ? `/jobs?${from}` : '/jobs';
}

/** A position as seekers see it (also where bulletin QR codes lead), with the sticky apply bar. */
export function PositionPublicView({ positionId }: PositionPublicViewProps) {
  const t = useT();
  const location = useLocation();
  const { data: p, error, isLoading, reload } = usePosition(positionId);
  useDocumentTitle(p ? p.title : error?.status === 404 ? t('position.notFound') : null);

  if (error?.status === 404) {
    return (
      <Result
        status="404"
        title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('position.notFound')}</h1>}
        subTitle={t('position.notFound.body')}
        extra={
          <ButtonLink type="primary" to="/jobs">
            {t('position.findOthers')}
          </ButtonLink>
        }
      />
    );
  }
  if (error) {
    return (
      <div className="qiao-container" style={{ paddingBlock: 24 }}>
        <ErrorAlert
          error={error}
          action={
            <Button size="small" onClick={reload}>
              {t('common.retry')}
            </Button>
          }
        />
      </div>
    );
  }
  if (isLoading || !p) return <LoadingBlock minHeight={320} />;

  return (
    <>
      <div className="qiao-container" style={{ maxWidth: 800, paddingBlock: 16 }}>
        <Link to={backPath(location.state)} style={{ display: 'inline-flex', alignItems: 'center', gap: 6, marginBottom: 12 }}>
          <ArrowLeftOutlined aria-hidden="true" />
          {t('position.backToSearch')}
        </Link>
        <Flex vertical gap={12}>
          <Card variant="outlined">
            <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0, marginBottom: 4 }}>
              {p.title}
            </Typography.Title>
            <p className="qiao-salary" style={{ fontSize: 20, margin: '0 0 8px' }}>
              {formatSalary(t, p.salaryMin, p.salaryMax)}
            </p>
            <Typography.Paragraph style={{ fontSize: 15, marginBottom: 12 }}>
              {p.organisationName}
              <Typography.Text type="secondary"> · {t(`industry.${p.industry}`)}</Typography.Text>
            </Typography.Paragraph>
            <JobTags position={p} />
            {p.status === 'published' ? null : (
              <div style={{ marginTop: 12 }}>
                <PositionStatusTag status={p.status} />
              </div>
            )}
          </Card>

          <PositionSection id="position-duties" title={t('position.section.duties')}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0, fontSize: 15, lineHeight: 1.8 }}>
              {p.duties}
            </Typography.Paragraph>
          </PositionSection>

          <PositionSection id="position-requirements" title={t('position.section.requirements')}>
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'education', label: t('position.field.educationLevel'), children: formatEducationRequirement(t, p.educationLevel) },
                { key: 'experience', label: t('position.field.experienceYears'), children: formatExperience(t, p.experienceYears) },
                { key: 'majors', label: t('position.field.majors'), children: <WordTags words={p.majors} empty={t('position.majors.none')} /> },
                { key: 'skills', label: t('position.field.skills'), children: <WordTags words={p.skills} empty="—" /> },
              ]}
            />
          </PositionSection>

          {p.isDisabilityFriendly ? (
            <PositionSection id="position-accessibility" title={t('position.section.accessibility')}>
              <Flex gap={8} align="start">
                <HeartOutlined aria-hidden="true" style={{ color: '#00525b', marginTop: 5 }} />
                <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>
                  {p.accommodation ?? t('position.accessibility.welcome')}
                </Typography.Paragraph>
              </Flex>
            </PositionSection>
          ) : null}

          <PositionSection id="position-info" title={t('position.section.info')}>
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'region', label: t('position.field.region'), children: p.regionName ?? p.regionCode },
                { key: 'employmentType', label: t('position.field.employmentType'), children: t(`position.employmentType.${p.employmentType}`) },
                { key: 'headcount', label: t('position.field.headcount'), children: t('jobs.headcount', { count: p.headcount }) },
                {
                  key: 'closingOn',
                  label: t('position.field.closingOn'),
                  children: p.closingOn ? formatDate(p.closingOn) : t('position.closingOn.none'),
                },
                { key: 'publishedAt', label: t('position.field.publishedOn'), children: formatDayInChina(p.publishedAt) },
                { key: 'organisation', label: t('position.field.organisation'), children: p.organisationName },
              ]}
            />
          </PositionSection>
        </Flex>
      </div>
      <ApplyBar position={p} />
    </>
  );
}
