import { Breadcrumb } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { OrganisationImport } from '../../modules/organisations/components/OrganisationImport';
import { PageHeading } from '../../ui/PageHeading';

export function OrganisationImportPage() {
  const t = useT();
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[{ title: <Link to="/console/organisations">{t('menu.organisations')}</Link> }, { title: t('import.title') }]}
      />
      <PageHeading title={t('import.title')} description={t('import.lead')} />
      <OrganisationImport />
    </>
  );
}
