import { Card, Flex, Typography } from 'antd';
import { LabelTag } from '../../../ui/LabelTag';
import { useT } from '../../../i18n/useT';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useAuth } from '../../auth/hooks/useAuth';

export type ConsoleGreetingProps = Record<string, never>;

/** 工作台 heading: who is signed in, in which role and organisation. */
export function ConsoleGreeting(_props: ConsoleGreetingProps) {
  const t = useT();
  const { me } = useAuth();
  useDocumentTitle(t('menu.home'));
  if (!me) return null;
  return (
    <Card variant="outlined" style={{ marginBottom: 16 }}>
      <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
        {t('dashboard.greeting', { name: me.displayName })}
      </Typography.Title>
      <Flex wrap gap={8} align="center">
        <LabelTag tone="info">{t(`role.${me.role}`)}</LabelTag>
        {me.organisationName ? <Typography.Text>{me.organisationName}</Typography.Text> : null}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {t(`dashboard.intro.${me.role}`)}
      </Typography.Paragraph>
    </Card>
  );
}
