import { Breadcrumb } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { ResumeImport } from '../../modules/talent/components/ResumeImport';
import { PageHeading } from '../../ui/PageHeading';

/** 导入简历: résumés collected at fairs, from .xlsx or .csv, checked row by row before an all-or-nothing commit. */
export function SeekerImportPage() {
  const t = useT();
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[{ title: <Link to="/console/seekers">{t('menu.seekers')}</Link> }, { title: t('talent.import.title') }]}
      />
      <PageHeading title={t('talent.import.title')} description={t('talent.import.lead')} />
      <ResumeImport />
    </>
  );
}
