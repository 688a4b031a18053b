import { CameraOutlined, PictureOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Input, Typography } from 'antd';
import { type ChangeEvent, type FormEvent, useId, useState } from 'react';
import type { MessageKey } from '../../../i18n/catalogue';
import { useT } from '../../../i18n/useT';
import { useCameraScanner } from '../hooks/useCameraScanner';
import type { ScanSource } from '../types';
import { decodeQrImage } from '../utils/decodeQrImage';
import { formatTypedCode } from '../utils/ticketCode';
import '../fair-day.css';

export type ScanInputsProps = {
  /** What was read or typed, raw; the caller normalises it and tells the person what happened. */
  onScan: (text: string, source: ScanSource) => void;
  /** Called when a photo holds no QR code. */
  onPhotoUnreadable: () => void;
  submitLabel: string;
};

const CAMERA_PROBLEMS: Partial<Record<string, MessageKey>> = {
  denied: 'fairDay.scan.camera.denied',
  insecure: 'fairDay.scan.camera.insecure',
  unavailable: 'fairDay.scan.camera.unavailable',
  failed: 'fairDay.scan.camera.failed',
};

/**
 * Three ways to read a ticket on a phone: the camera (asked for only on a tap), a photo of the QR
 * code (the phone's own camera app, for browsers without camera access), and the code typed in.
 */
export function ScanInputs({ onScan, onPhotoUnreadable, submitLabel }: ScanInputsProps) {
  const t = useT();
  const codeId = useId();
  const [typed, setTyped] = useState('');
  const [isDecoding, setDecoding] = useState(false);
  const camera = useCameraScanner((text) => onScan(text, 'camera'));
  const problem = CAMERA_PROBLEMS[camera.state];
  const isCameraOn = camera.state === 'scanning' || camera.state === 'starting';

  async function handlePhoto(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setDecoding(true);
    try {
      const text = await decodeQrImage(file);
      if (text) onScan(text, 'photo');
      else onPhotoUnreadable();
    } finally {
      setDecoding(false);
      // The same photo chosen again is a new scan.
      input.value = '';
    }
  }

  function handleTyped(event: FormEvent) {
    event.preventDefault();
    if (!typed.trim()) return;
    onScan(typed, 'typed');
    setTyped('');
  }

  return (
    <Flex vertical gap={12}>
      <video
        ref={camera.videoRef}
        className="qiao-scan-video"
        muted
        playsInline
        aria-label={t('fairDay.scan.camera.preview')}
        style={{ display: isCameraOn ? 'block' : 'none' }}
      />
      {isCameraOn ? (
        <Button size="large" block icon={<StopOutlined aria-hidden="true" />} onClick={camera.stop}>
          {t('fairDay.scan.camera.stop')}
        </Button>
      ) : (
        <Button type="primary" size="large" block icon={<CameraOutlined aria-hidden="true" />} onClick={() => void camera.start()}>
          {t('fairDay.scan.camera.start')}
        </Button>
      )}
      {problem ? <Alert type="warning" showIcon role="alert" title={t(problem)} /> : null}
      <label className="qiao-file-label">
        <PictureOutlined aria-hidden="true" />
        <span>{isDecoding ? t('fairDay.scan.photo.decoding') : t('fairDay.scan.photo.label')}</span>
        <input
          type="file"
          accept="image/*"
          capture="environment"
          className="sr-only"
          data-testid="scan-photo"
          onChange={(event) => void handlePhoto(event)}
        />
      </label>
      <form onSubmit={handleTyped}>
        <label htmlFor={codeId}>
          <Typography.Text strong>{t('fairDay.scan.typed.label')}</Typography.Text>
        </label>
        <Flex gap={8} style={{ marginTop: 4 }}>
          <Input
            id={codeId}
            size="large"
            value={typed}
            onChange={(event) => setTyped(formatTypedCode(event.target.value))}
            placeholder="XXXX-XXXX"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            inputMode="text"
            style={{ fontFamily: 'ui-monospace, Menlo, Consolas, monospace', letterSpacing: '0.08em' }}
          />
          <Button type="primary" size="large" htmlType="submit">
            {submitLabel}
          </Button>
        </Flex>
      </form>
    </Flex>
  );
}
