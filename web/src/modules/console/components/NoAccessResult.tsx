import { Result } from 'antd';
import { useT } from '../../../i18n/useT';
import { ButtonLink } from '../../../ui/ButtonLink';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';

export type NoAccessResultProps = Record<string, never>;

export function NoAccessResult(_props: NoAccessResultProps) {
  const t = useT();
  useDocumentTitle(t('console.forbidden.title'));
  return (
    <Result
      status="403"
      title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('console.forbidden.title')}</h1>}
      subTitle={t('console.forbidden.body')}
      extra={
        <ButtonLink type="primary" to="/console">
          {t('menu.home')}
        </ButtonLink>
      }
    />
  );
}
