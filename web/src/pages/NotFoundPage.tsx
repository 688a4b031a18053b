import { Result } from 'antd';
import { useT } from '../i18n/useT';
import { ButtonLink } from '../ui/ButtonLink';
import { useDocumentTitle } from '../ui/useDocumentTitle';

export type NotFoundPageProps = { homePath?: string };

export function NotFoundPage({ homePath = '/' }: NotFoundPageProps) {
  const t = useT();
  useDocumentTitle(t('notFound.title'));
  return (
    <Result
      status="404"
      title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('notFound.title')}</h1>}
      subTitle={t('notFound.body')}
      extra={
        <ButtonLink type="primary" to={homePath}>
          {t('notFound.back')}
        </ButtonLink>
      }
    />
  );
}
