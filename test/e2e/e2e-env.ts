/** Environment of every Qiao the browser tests start; the template and its copies must share the secret. */
export const E2E_ENV = {
  NODE_ENV: 'test',
  QIAO_SECRET: 'e2e-secret-e2e-secret-e2e-secret-0123456789',
  QIAO_LOG_LEVEL: 'warn',
  QIAO_RATE_LIMIT_AUTH: '1000',
} as const;
