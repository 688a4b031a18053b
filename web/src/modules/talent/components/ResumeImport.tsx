import { CheckCircleOutlined, FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Progress, Radio, Result, Steps, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../api/ApiError';
import { useT } from '../../../i18n/useT';
import { ButtonLink } from '../../../ui/ButtonLink';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ImportProblemsTable } from '../../organisations/components/ImportProblemsTable';
import { useResumeImport } from '../hooks/useResumeImport';
import type { DuplicatePolicy, ImportJob } from '../types';
import { ImportDuplicatesTable } from './ImportDuplicatesTable';

export type ResumeImportProps = Record<string, never>;

/** The problems of a failed job or request, as lines under its message. */
function problemLines(error: unknown): string[] {
  if (!isApiError(error)) return [];
  return error.fields.map((f) => f.message).filter((m) => m !== error.message);
}

/** A job that failed on the server, shaped like an API error for the alert. */
function jobFailure(job: ImportJob | null): { title: string; lines: string[] } | null {
  if (job?.status !== 'failed' || !job.error) return null;
  const lines = (job.error.fields ?? []).map((f) => f.message).filter((m) => m !== job.error?.message);
  return { title: job.error.message, lines };
}

/**
 * 简历导入: template, upload, progress while the server reads the file, the row-by-row report,
 * the choice for repeated people, and the all-or-nothing commit.
 */
export function ResumeImport(_props: ResumeImportProps) {
  const t = useT();
  const { file, job, error, isSending, isRunning, upload, commit, restart } = useResumeImport();
  const [policy, setPolicy] = useState<DuplicatePolicy>('skip');
  const report = job?.report ?? null;
  const failure = jobFailure(job);
  const duplicateCount = report ? report.duplicatesInFile + report.duplicatesInPool : 0;
  const canCommit = job?.status === 'ready' && report !== null && report.errorCount === 0 && report.valid > 0;
  const isReading = isSending && !job;
  const current = job?.status === 'done' ? 3 : job?.status === 'committing' ? 2 : report ? 1 : 0;

  async function handlePick(picked: File) {
    await upload({ name: picked.name, bytes: await picked.arrayBuffer() });
  }

  if (job?.status === 'done' && job.result) {
    const result = job.result;
    return (
      <Result
        status="success"
        icon={<CheckCircleOutlined aria-hidden="true" />}
        title={t('talent.import.done.title', { created: result.created })}
        subTitle={
          <Flex vertical gap={4}>
            <span>{t('talent.import.done.file', { name: file?.name ?? '', rows: report?.rows ?? 0 })}</span>
            <span>
              {result.duplicates === 'merge'
                ? t('talent.import.done.merged', { merged: result.merged, updated: result.profilesUpdated, skipped: result.skipped })
                : t('talent.import.done.skipped', { skipped: result.skipped })}
            </span>
          </Flex>
        }
        extra={[
          <ButtonLink key="list" type="primary" to="/console/seekers?source=import">
            {t('talent.import.done.toList')}
          </ButtonLink>,
          <Button key="again" onClick={restart}>
            {t('talent.import.again')}
          </Button>,
        ]}
      />
    );
  }

  const fileList: UploadFile[] = file ? [{ uid: file.name, name: file.name, status: 'done' }] : [];
  const progressPercent = Math.round((job?.progress ?? 0) * 100);

  return (
    <Flex vertical gap={16}>
      <Steps
        current={current}
        size="small"
        items={[
          { title: t('talent.import.step.pick') },
          { title: t('talent.import.step.check') },
          { title: t('talent.import.step.commit') },
          { title: t('talent.import.step.done') },
        ]}
      />
      <Card variant="outlined">
        <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }}>
          {t('talent.import.pick.title')}
        </Typography.Title>
        <Typography.Paragraph>{t('talent.import.pick.help')}</Typography.Paragraph>
        <Flex wrap gap={8} align="start">
          <Upload
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            maxCount={1}
            fileList={fileList}
            showUploadList={{ showRemoveIcon: false }}
            disabled={isRunning}
            beforeUpload={(picked) => {
              void handlePick(picked);
              return false;
            }}
          >
            <Button icon={<UploadOutlined aria-hidden="true" />} loading={isReading} disabled={isRunning}>
              {file ? t('talent.import.pick.another') : t('talent.import.pick.button')}
            </Button>
          </Upload>
          <Button href="/api/seekers/import-template.xlsx" download icon={<FileExcelOutlined aria-hidden="true" />}>
            {t('talent.import.template')}
          </Button>
        </Flex>
      </Card>

      {isRunning || isReading ? (
        <Card variant="outlined" aria-live="polite">
          <Typography.Paragraph style={{ marginBottom: 8 }}>
            {job?.status === 'committing'
              ? t('talent.import.progress.committing', { done: job.processedRows, total: job.totalRows ?? 0 })
              : t('talent.import.progress.reading', { rows: job?.processedRows ?? 0 })}
          </Typography.Paragraph>
          <Progress
            percent={progressPercent}
            status="active"
            aria-label={job?.status === 'committing' ? t('talent.import.step.commit') : t('talent.import.step.check')}
          />
        </Card>
      ) : null}

      {error ? <ErrorAlert error={error} extraLines={problemLines(error)} /> : null}
      {failure ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={failure.title}
          description={
            failure.lines.length ? (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {failure.lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      ) : null}

      {report && job?.status !== 'parsing' ? (
        <Card variant="outlined" aria-live="polite">
          <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }}>
            {t('talent.import.check.title')}
          </Typography.Title>
          <Descriptions
            column={{ xs: 1, sm: 2, lg: 4 }}
            items={[
              { key: 'file', label: t('talent.import.summary.file'), children: file?.name ?? '—' },
              {
                key: 'format',
                label: t('talent.import.summary.format'),
                children: report.encoding ? `${report.format.toUpperCase()} · ${report.encoding.toUpperCase()}` : report.format.toUpperCase(),
              },
              { key: 'rows', label: t('talent.import.summary.rows'), children: report.rows },
              { key: 'valid', label: t('talent.import.summary.valid'), children: report.valid },
              { key: 'dupFile', label: t('talent.import.summary.duplicatesInFile'), children: report.duplicatesInFile },
              { key: 'dupPool', label: t('talent.import.summary.duplicatesInPool'), children: report.duplicatesInPool },
              { key: 'errors', label: t('talent.import.summary.errors'), children: report.errorCount },
            ]}
          />
          {report.errorCount > 0 ? (
            <>
              <Alert
                type="error"
                showIcon
                title={t('talent.import.check.hasErrors', { count: report.errorCount })}
                description={t('talent.import.check.fixAndRetry')}
                style={{ marginBottom: 16 }}
              />
              {report.errorCount > report.errors.length ? (
                <Typography.Paragraph type="secondary">
                  {t('talent.import.check.firstOnly', { shown: report.errors.length })}
                </Typography.Paragraph>
              ) : null}
              <ImportProblemsTable problems={report.errors} />
            </>
          ) : (
            <Alert
              type="success"
              showIcon
              title={t('talent.import.check.ok', { rows: report.valid })}
              style={{ marginBottom: 16 }}
            />
          )}
          {duplicateCount > 0 ? (
            <section aria-labelledby="import-duplicates-title" style={{ marginTop: 16 }}>
              <Typography.Title id="import-duplicates-title" level={3} style={{ fontSize: 16 }}>
                {t('talent.import.duplicates.title', { count: duplicateCount })}
              </Typography.Title>
              <ImportDuplicatesTable duplicates={report.duplicates} />
            </section>
          ) : null}
          <Alert type="info" showIcon title={report.notice} style={{ marginTop: 16, marginBottom: 16 }} />
          {canCommit && duplicateCount > 0 ? (
            <fieldset style={{ border: 0, padding: 0, margin: '0 0 16px' }}>
              <legend style={{ fontWeight: 600, marginBottom: 8 }}>{t('talent.import.policy.legend')}</legend>
              <Radio.Group
                value={policy}
                onChange={(e) => setPolicy(e.target.value as DuplicatePolicy)}
                options={[
                  { value: 'skip', label: t('talent.import.policy.skip') },
                  { value: 'merge', label: t('talent.import.policy.merge') },
                ]}
                style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
              />
            </fieldset>
          ) : null}
          <Flex wrap gap={8}>
            <Button type="primary" disabled={!canCommit} loading={isSending && Boolean(job)} onClick={() => void commit(policy)}>
              {t('talent.import.commit', { rows: report.valid })}
            </Button>
            {file && !isRunning ? (
              <Button onClick={() => void upload(file)} disabled={isSending}>
                {t('talent.import.recheck')}
              </Button>
            ) : null}
          </Flex>
        </Card>
      ) : null}
    </Flex>
  );
}
