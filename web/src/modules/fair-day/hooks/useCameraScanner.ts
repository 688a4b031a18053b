import type { IScannerControls } from '@zxing/browser';
import { useCallback, useEffect, useRef, useState } from 'react';

export type CameraState = 'idle' | 'starting' | 'scanning' | 'denied' | 'insecure' | 'unavailable' | 'failed';

/** A code held in view is read many times a second: it counts again only after leaving view this long. */
const OUT_OF_VIEW_MS = 3000;

/**
 * The phone camera as a QR scanner (@zxing/browser). The camera is asked for only when `start` is
 * called from a button press; a decoded text goes to `onText` once while the code stays in view.
 * The camera is released on `stop` and when the page is left.
 */
export function useCameraScanner(onText: (text: string) => void) {
  const videoRef = useRef<HTMLVideoElement | null>(null);
  const controlsRef = useRef<IScannerControls | null>(null);
  const onTextRef = useRef(onText);
  const lastSeen = useRef<{ text: string; at: number } | null>(null);
  const isStarting = useRef(false);
  const isMounted = useRef(true);
  const [state, setState] = useState<CameraState>('idle');

  useEffect(() => {
    onTextRef.current = onText;
  }, [onText]);

  const stop = useCallback(() => {
    controlsRef.current?.stop();
    controlsRef.current = null;
    setState('idle');
  }, []);

  const start = useCallback(async () => {
    if (!navigator.mediaDevices?.getUserMedia) {
      // Browsers offer the camera only to https pages (and localhost).
      setState(window.isSecureContext ? 'unavailable' : 'insecure');
      return;
    }
    const video = videoRef.current;
    if (!video || controlsRef.current || isStarting.current) return;
    isStarting.current = true;
    setState('starting');
    try {
      const { BrowserQRCodeReader } = await import('@zxing/browser');
      const reader = new BrowserQRCodeReader(undefined, { delayBetweenScanAttempts: 150 });
      const controls = await reader.decodeFromVideoDevice(undefined, video, (result) => {
        if (!result) return;
        const text = result.getText();
        const now = Date.now();
        const isFresh = lastSeen.current?.text !== text || now - lastSeen.current.at > OUT_OF_VIEW_MS;
        lastSeen.current = { text, at: now };
        if (isFresh) onTextRef.current(text);
      });
      // The page may have been left while the camera was being opened.
      if (!isMounted.current) {
        controls.stop();
        return;
      }
      controlsRef.current = controls;
      setState('scanning');
    } catch (error) {
      const name = error instanceof DOMException || error instanceof Error ? error.name : '';
      if (name === 'NotAllowedError' || name === 'SecurityError') setState('denied');
      else if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NotReadableError') setState('unavailable');
      else setState('failed');
    } finally {
      isStarting.current = false;
    }
  }, []);

  useEffect(() => {
    isMounted.current = true;
    return () => {
      isMounted.current = false;
      controlsRef.current?.stop();
      controlsRef.current = null;
    };
  }, []);

  return { videoRef, state, start, stop };
}
