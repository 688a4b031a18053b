import type { ThemeConfig } from 'antd';

// Colours chosen for WCAG 2.1 AA: every text colour reaches ≥ 4.5:1 on white and on #f5f5f5.
export const QIAO_THEME: ThemeConfig = {
  token: {
    colorPrimary: '#0b57d0',
    colorLink: '#0b57d0',
    colorError: '#c62828',
    colorSuccess: '#2e7d32',
    colorWarning: '#a15c00',
    colorInfo: '#0b57d0',
    colorWarningBg: '#fff7e6',
    colorWarningBorder: '#ffc069',
    colorSuccessBg: '#edf7ed',
    colorSuccessBorder: '#a5d6a7',
    colorInfoBg: '#e8f0fe',
    colorInfoBorder: '#aecbfa',
    colorErrorBg: '#fdecea',
    colorErrorBorder: '#f4a9a8',
    colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextQuaternary: 'rgba(0, 0, 0, 0.58)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
    colorTextDisabled: 'rgba(0, 0, 0, 0.58)',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', sans-serif",
    borderRadius: 8,
  },
};
