import { CheckCircleOutlined, FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Result, Steps, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../api/ApiError';
import type { ImportCommit, ImportPreview, ImportProblem } from '../../../api/types';
import { useT } from '../../../i18n/useT';
import { ButtonLink } from '../../../ui/ButtonLink';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useOrganisationMutations } from '../hooks/useOrganisationMutations';
import { ImportProblemsTable } from './ImportProblemsTable';

export type OrganisationImportProps = Record<string, never>;

type PickedFile = { name: string; bytes: ArrayBuffer };

function problemsOf(error: unknown): ImportProblem[] {
  if (!isApiError(error) || error.code !== 'import_failed') return [];
  const details = error.details as { errors?: ImportProblem[] } | undefined;
  return Array.isArray(details?.errors) ? details.errors : [];
}

/** Excel import of member units: preview (checks every row, writes nothing), then commit. */
export function OrganisationImport(_props: OrganisationImportProps) {
  const t = useT();
  const { previewImport, commitImport } = useOrganisationMutations();
  const [file, setFile] = useState<PickedFile | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [commit, setCommit] = useState<ImportCommit | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setBusy] = useState(false);

  async function runPreview(picked: PickedFile) {
    setBusy(true);
    setError(null);
    setPreview(null);
    setCommit(null);
    try {
      setPreview(await previewImport(picked.bytes));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  async function handlePick(picked: File) {
    const next = { name: picked.name, bytes: await picked.arrayBuffer() };
    setFile(next);
    await runPreview(next);
  }

  async function handleCommit() {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      setCommit(await commitImport(file.bytes));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  function handleRestart() {
    setFile(null);
    setPreview(null);
    setCommit(null);
    setError(null);
  }

  const fileList: UploadFile[] = file ? [{ uid: file.name, name: file.name, status: 'done' }] : [];
  const commitProblems = problemsOf(error);
  const fieldLines = isApiError(error) ? error.fields.map((f) => f.message).filter((m) => m !== error.message) : [];
  const canCommit = preview !== null && preview.errors.length === 0 && preview.rows > 0 && !commit;
  const current = commit ? 2 : preview ? 1 : 0;

  if (commit) {
    return (
      <Result
        status="success"
        icon={<CheckCircleOutlined aria-hidden="true" />}
        title={t('import.done.title', { created: commit.created })}
        subTitle={t('import.done.subtitle', { rows: commit.rows, name: file?.name ?? '' })}
        extra={[
          <ButtonLink key="list" type="primary" to="/console/organisations">
            {t('import.done.toList')}
          </ButtonLink>,
          <Button key="again" onClick={handleRestart}>
            {t('import.again')}
          </Button>,
        ]}
      />
    );
  }

  return (
    <Flex vertical gap={16}>
      <Steps
        current={current}
        size="small"
        items={[{ title: t('import.step.pick') }, { title: t('import.step.check') }, { title: t('import.step.commit') }]}
      />
      <Card variant="outlined">
        <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }}>
          {t('import.pick.title')}
        </Typography.Title>
        <Typography.Paragraph>{t('import.pick.help')}</Typography.Paragraph>
        <Flex wrap gap={8} align="start">
          <Upload
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            maxCount={1}
            fileList={fileList}
            showUploadList={{ showRemoveIcon: false }}
            beforeUpload={(picked) => {
              void handlePick(picked);
              return false;
            }}
          >
            <Button icon={<UploadOutlined aria-hidden="true" />} loading={isBusy && !preview}>
              {file ? t('import.pick.another') : t('import.pick.button')}
            </Button>
          </Upload>
          <Button href="/api/organisations/import-template.xlsx" download icon={<FileExcelOutlined aria-hidden="true" />}>
            {t('org.action.template')}
          </Button>
        </Flex>
      </Card>

      {error ? <ErrorAlert error={error} extraLines={fieldLines} /> : null}
      {commitProblems.length > 0 ? <ImportProblemsTable problems={commitProblems} /> : null}

      {preview ? (
        <Card variant="outlined" aria-live="polite">
          <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }}>
            {t('import.check.title')}
          </Typography.Title>
          <Descriptions
            column={{ xs: 1, sm: 3 }}
            items={[
              { key: 'file', label: t('import.summary.file'), children: file?.name ?? '—' },
              { key: 'rows', label: t('import.summary.rows'), children: preview.rows },
              { key: 'valid', label: t('import.summary.valid'), children: preview.valid },
            ]}
          />
          {preview.errors.length > 0 ? (
            <>
              <Alert
                type="error"
                showIcon
                title={t('import.check.hasErrors', { count: preview.errors.length })}
                description={t('import.check.fixAndRetry')}
                style={{ marginBottom: 16 }}
              />
              <ImportProblemsTable problems={preview.errors} />
            </>
          ) : preview.rows === 0 ? (
            <Alert type="warning" showIcon title={t('import.check.empty')} style={{ marginBottom: 16 }} />
          ) : (
            <Alert
              type="success"
              showIcon
              title={t('import.check.ok', { rows: preview.rows })}
              style={{ marginBottom: 16 }}
            />
          )}
          <Flex wrap gap={8}>
            <Button type="primary" disabled={!canCommit} loading={isBusy} onClick={handleCommit}>
              {t('import.commit')}
            </Button>
            {file ? (
              <Button onClick={() => void runPreview(file)} disabled={isBusy}>
                {t('import.recheck')}
              </Button>
            ) : null}
          </Flex>
        </Card>
      ) : null}
    </Flex>
  );
}
