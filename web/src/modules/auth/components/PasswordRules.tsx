import { CheckCircleFilled, CloseCircleOutlined, InfoCircleOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useT } from '../../../i18n/useT';
import { checkPassword } from '../utils/password';

export type PasswordRulesProps = { password: string; id?: string };

/** The password rules, each marked met / not met with an icon and words (not colour alone). */
export function PasswordRules({ password, id }: PasswordRulesProps) {
  const t = useT();
  const result = checkPassword(password);
  const isEmpty = password.length === 0;
  const rules = [
    { key: 'length', text: t('password.rule.length'), isMet: result.length },
    { key: 'classes', text: t('password.rule.classes'), isMet: result.classes },
  ] as const;
  return (
    <div id={id} style={{ marginTop: -8, marginBottom: 16 }}>
      <Typography.Text type="secondary">{t('password.rules.title')}</Typography.Text>
      <ul style={{ listStyle: 'none', paddingInlineStart: 0, margin: '4px 0 0' }}>
        {rules.map((rule) => (
          <li key={rule.key} style={{ display: 'flex', gap: 6, alignItems: 'baseline' }}>
            {isEmpty ? (
              <InfoCircleOutlined aria-hidden="true" />
            ) : rule.isMet ? (
              <CheckCircleFilled aria-hidden="true" style={{ color: '#2e7d32' }} />
            ) : (
              <CloseCircleOutlined aria-hidden="true" style={{ color: '#c62828' }} />
            )}
            <span>
              {rule.text}
              {isEmpty ? null : (
                <span className="sr-only">
                  {' '}
                  ({rule.isMet ? t('password.rule.met') : t('password.rule.notMet')})
                </span>
              )}
            </span>
          </li>
        ))}
        <li style={{ display: 'flex', gap: 6, alignItems: 'baseline' }}>
          <InfoCircleOutlined aria-hidden="true" />
          <span>{t('password.rule.common')}</span>
        </li>
      </ul>
    </div>
  );
}
