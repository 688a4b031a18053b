import { FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Typography, Upload } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../api/ApiError';
import type { ImportProblem } from '../../../api/types';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ImportProblemsTable } from '../../organisations/components/ImportProblemsTable';
import { type RegistryImportKind, useTechTransferMutations } from '../hooks/useTechTransferMutations';
import type { RegistryImportReport } from '../types';

export type RegistryImportCardProps = { kind: RegistryImportKind };

type PickedFile = { name: string; bytes: ArrayBuffer };

function problemsOf(error: unknown): ImportProblem[] {
  if (!isApiError(error) || error.code !== 'import_failed') return [];
  const details = error.details as { errors?: ImportProblem[] } | undefined;
  return Array.isArray(details?.errors) ? details.errors : [];
}

/**
 * Import of a registry's Excel export (专利 or 技术合同): the file is checked row by row first;
 * it can be imported only when every row is right, and then all rows are written or none.
 */
export function RegistryImportCard({ kind }: RegistryImportCardProps) {
  const t = useT();
  const { importRegistryFile } = useTechTransferMutations();
  const [file, setFile] = useState<PickedFile | null>(null);
  const [preview, setPreview] = useState<RegistryImportReport | null>(null);
  const [created, setCreated] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setBusy] = useState(false);
  const titleId = `tt-import-${kind}`;

  async function run(picked: PickedFile, mode: 'preview' | 'commit') {
    setBusy(true);
    setError(null);
    try {
      const report = await importRegistryFile(kind, mode, picked.bytes);
      if (mode === 'preview') setPreview(report);
      else setCreated(report.created);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  async function handlePick(picked: File) {
    const next = { name: picked.name, bytes: await picked.arrayBuffer() };
    setFile(next);
    setPreview(null);
    setCreated(null);
    await run(next, 'preview');
  }

  const commitProblems = problemsOf(error);
  const fieldLines = isApiError(error) ? error.fields.map((f) => f.message).filter((m) => m !== error.message) : [];
  const canCommit = preview !== null && preview.errors.length === 0 && preview.rows > 0 && created === null;

  return (
    <Card variant="outlined" aria-labelledby={titleId}>
      <Typography.Title level={2} id={titleId} style={{ fontSize: 18, marginTop: 0 }}>
        {t(`tt.import.${kind}.title`)}
      </Typography.Title>
      <Typography.Paragraph>{t(`tt.import.${kind}.help`)}</Typography.Paragraph>
      <Flex wrap gap={8} align="start" style={{ marginBottom: 16 }}>
        <Upload
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          maxCount={1}
          showUploadList={false}
          beforeUpload={(picked) => {
            void handlePick(picked);
            return false;
          }}
        >
          <Button icon={<UploadOutlined aria-hidden="true" />} loading={isBusy && !preview}>
            {file ? t('tt.import.another') : t('tt.import.pick')}
          </Button>
        </Upload>
        <Button href={`/api/${kind}/import-template.xlsx`} download icon={<FileExcelOutlined aria-hidden="true" />}>
          {t('tt.import.template')}
        </Button>
      </Flex>
      {error ? <ErrorAlert error={error} extraLines={fieldLines} /> : null}
      {commitProblems.length > 0 ? <ImportProblemsTable problems={commitProblems} /> : null}
      {created !== null ? <Alert type="success" showIcon role="status" title={t('tt.import.done', { created, name: file?.name ?? '' })} /> : null}
      {preview && created === null ? (
        <div aria-live="polite">
          <Descriptions
            column={{ xs: 1, sm: 3 }}
            items={[
              { key: 'file', label: t('tt.import.file'), children: file?.name ?? '—' },
              { key: 'rows', label: t('tt.import.rows'), children: preview.rows },
              { key: 'valid', label: t('tt.import.valid'), children: preview.valid },
            ]}
          />
          {preview.errors.length > 0 ? (
            <>
              <Alert type="error" showIcon title={t('tt.import.hasErrors', { count: preview.errors.length })} style={{ marginBottom: 16 }} />
              <ImportProblemsTable problems={preview.errors} />
            </>
          ) : (
            <Alert type="success" showIcon title={t('tt.import.ok', { rows: preview.rows })} style={{ marginBottom: 16 }} />
          )}
          <Button type="primary" disabled={!canCommit} loading={isBusy} onClick={() => file && void run(file, 'commit')}>
            {t('tt.import.commit')}
          </Button>
        </div>
      ) : null}
    </Card>
  );
}
