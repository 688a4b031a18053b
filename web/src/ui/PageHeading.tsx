import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useDocumentTitle } from './useDocumentTitle';

export type PageHeadingProps = {
  title: string;
  /** Buttons on the right (wrap under the title on phones). */
  extra?: ReactNode;
  description?: ReactNode;
};

/** The page's one `<h1>`, which also sets the document title. */
export function PageHeading({ title, extra, description }: PageHeadingProps) {
  useDocumentTitle(title);
  return (
    <header style={{ marginBottom: 16 }}>
      <Flex wrap gap={12} align="center" justify="space-between">
        <Typography.Title level={1} className="qiao-page-heading" style={{ fontSize: 24, marginBottom: 0 }}>
          {title}
        </Typography.Title>
        {extra ? (
          <Flex wrap gap={8}>
            {extra}
          </Flex>
        ) : null}
      </Flex>
      {description ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {description}
        </Typography.Paragraph>
      ) : null}
    </header>
  );
}
