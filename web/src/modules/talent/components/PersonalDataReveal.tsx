import { EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Typography } from 'antd';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDateTime } from '../../../ui/format';
import type { PersonalData } from '../types';

export type RevealState = { data: PersonalData; at: string } | null;

export type PersonalDataRevealProps = {
  revealed: RevealState;
  isBusy: boolean;
  error: unknown;
  onReveal: () => void;
  onHide: () => void;
};

/** 查看完整信息: the button that reads the full ID number and phone, and the notice that the read is audited. */
export function PersonalDataReveal({ revealed, isBusy, error, onReveal, onHide }: PersonalDataRevealProps) {
  const t = useT();
  const language = useLanguage();
  return (
    <Flex vertical gap={8} style={{ marginBottom: 16 }}>
      {revealed ? (
        <Alert
          type="warning"
          showIcon
          role="status"
          title={t('talent.personal.revealed', { at: formatDateTime(revealed.at, language) })}
          action={
            <Button size="small" onClick={onHide}>
              {t('talent.personal.hide')}
            </Button>
          }
        />
      ) : (
        <Flex wrap gap={8} align="center">
          <Button icon={<EyeOutlined aria-hidden="true" />} onClick={onReveal} loading={isBusy}>
            {t('talent.personal.reveal')}
          </Button>
          <Typography.Text type="secondary">{t('talent.personal.audited')}</Typography.Text>
        </Flex>
      )}
      {error ? <ErrorAlert error={error} /> : null}
    </Flex>
  );
}
