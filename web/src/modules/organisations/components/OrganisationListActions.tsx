import { DownloadOutlined, FileExcelOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { buildUrl } from '../../../api/client';
import { useT } from '../../../i18n/useT';
import { ButtonLink } from '../../../ui/ButtonLink';
import { exportQuery, type OrganisationFilters } from '../utils/filters';

export type OrganisationListActionsProps = {
  filters: OrganisationFilters;
  /** 新建, 导入, 下载模板 (operators). */
  canManage: boolean;
  /** 导出 (operators and government). */
  canExport: boolean;
};

/** List buttons: 新建, 导入, 导出 (with the same filters), 下载模板 — each shown to the roles that may use it. */
export function OrganisationListActions({ filters, canManage, canExport }: OrganisationListActionsProps) {
  const t = useT();
  return (
    <>
      {canManage ? (
        <ButtonLink to="/console/organisations/new" type="primary" icon={<PlusOutlined aria-hidden="true" />}>
          {t('org.action.create')}
        </ButtonLink>
      ) : null}
      {canManage ? (
        <ButtonLink to="/console/organisations/import" icon={<UploadOutlined aria-hidden="true" />}>
          {t('org.action.import')}
        </ButtonLink>
      ) : null}
      {canExport ? (
        <Button
          href={buildUrl('/api/organisations/export.xlsx', exportQuery(filters))}
          download
          icon={<DownloadOutlined aria-hidden="true" />}
        >
          {t('org.action.export')}
        </Button>
      ) : null}
      {canManage ? (
        <Button href="/api/organisations/import-template.xlsx" download icon={<FileExcelOutlined aria-hidden="true" />}>
          {t('org.action.template')}
        </Button>
      ) : null}
    </>
  );
}
