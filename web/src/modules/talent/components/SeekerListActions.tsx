import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Popconfirm } from 'antd';
import { buildUrl } from '../../../api/client';
import { useT } from '../../../i18n/useT';
import { ButtonLink } from '../../../ui/ButtonLink';
import { exportQuery, type SeekerFilters } from '../utils/filters';

export type SeekerListActionsProps = { filters: SeekerFilters };

/** 现场登记, 导入简历, 导出 (masked) and 导出完整信息 (full values, audited, after a confirmation). */
export function SeekerListActions({ filters }: SeekerListActionsProps) {
  const t = useT();
  const query = exportQuery(filters);
  const fullExportUrl = buildUrl('/api/seekers/export.xlsx', { ...query, full: '1' });
  function handleFullExport() {
    window.location.assign(fullExportUrl);
  }
  return (
    <>
      <ButtonLink to="/console/seekers/new" type="primary" icon={<PlusOutlined aria-hidden="true" />}>
        {t('talent.seekers.create')}
      </ButtonLink>
      <ButtonLink to="/console/seekers/import" icon={<UploadOutlined aria-hidden="true" />}>
        {t('talent.seekers.import')}
      </ButtonLink>
      <Button href={buildUrl('/api/seekers/export.xlsx', query)} download icon={<DownloadOutlined aria-hidden="true" />}>
        {t('talent.seekers.export')}
      </Button>
      <Popconfirm
        title={t('talent.seekers.exportFull.confirm')}
        description={t('talent.seekers.exportFull.audited')}
        okText={t('talent.seekers.exportFull')}
        cancelText={t('common.cancel')}
        onConfirm={handleFullExport}
      >
        <Button icon={<DownloadOutlined aria-hidden="true" />}>{t('talent.seekers.exportFull')}</Button>
      </Popconfirm>
    </>
  );
}
