import { Alert, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';

export type EraseMyDataModalProps = {
  isOpen: boolean;
  onCancel: () => void;
  /** Erases; throws the ApiError to show. */
  onConfirm: () => Promise<void>;
};

const DELETED_KEYS = [
  'talent.erase.deleted.profile',
  'talent.erase.deleted.personal',
  'talent.erase.deleted.disability',
  'talent.erase.deleted.consents',
  'talent.erase.deleted.applications',
  'talent.erase.deleted.consultations',
  'talent.erase.deleted.account',
] as const;

const KEPT_KEYS = ['talent.erase.kept.counts', 'talent.erase.kept.audit'] as const;

/** The strong confirmation before erasure: what is deleted, what anonymous counts remain, and a typed phrase. */
export function EraseMyDataModal({ isOpen, onCancel, onConfirm }: EraseMyDataModalProps) {
  const t = useT();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setBusy] = useState(false);
  const phrase = t('talent.erase.phrase');
  const isConfirmed = typed.trim() === phrase;

  async function handleOk() {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  function handleCancel() {
    setTyped('');
    setError(null);
    onCancel();
  }

  return (
    <Modal
      open={isOpen}
      title={t('talent.erase.title')}
      onCancel={handleCancel}
      onOk={handleOk}
      okText={t('talent.erase.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true, disabled: !isConfirmed, loading: isBusy }}
      destroyOnHidden
    >
      <Alert type="warning" showIcon title={t('talent.erase.irreversible')} style={{ marginBottom: 16 }} />
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('talent.erase.deleted.title')}
      </Typography.Title>
      <ul style={{ paddingInlineStart: 20 }}>
        {DELETED_KEYS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('talent.erase.kept.title')}
      </Typography.Title>
      <ul style={{ paddingInlineStart: 20 }}>
        {KEPT_KEYS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <Typography.Paragraph>{t('talent.erase.exportFirst')}</Typography.Paragraph>
      <label htmlFor="erase-confirm" style={{ display: 'block', marginBottom: 8 }}>
        {t('talent.erase.typePhrase', { phrase })}
      </label>
      <Input id="erase-confirm" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
      {error ? (
        <div style={{ marginTop: 16 }}>
          <ErrorAlert error={error} />
        </div>
      ) : null}
    </Modal>
  );
}
