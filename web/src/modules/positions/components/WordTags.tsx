import { Flex } from 'antd';
import type { ReactNode } from 'react';
import { LabelTag } from '../../../ui/LabelTag';

export type WordTagsProps = { words: string[]; empty: ReactNode };

/** Majors or skills as small labels, or `empty` when there are none. */
export function WordTags({ words, empty }: WordTagsProps) {
  if (words.length === 0) return <>{empty}</>;
  return (
    <Flex wrap gap={4}>
      {words.map((word) => (
        <LabelTag key={word}>{word}</LabelTag>
      ))}
    </Flex>
  );
}
