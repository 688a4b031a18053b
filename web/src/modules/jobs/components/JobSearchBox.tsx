import { Input } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/useT';

export type JobSearchBoxProps = {
  /** The words searched now (the box starts with them). */
  value: string;
  onSearch: (q: string) => void;
  id?: string;
};

/** The big search box of 找工作: positions, enterprises or skills, in Chinese or English. */
export function JobSearchBox({ value, onSearch, id = 'jobs-q' }: JobSearchBoxProps) {
  const t = useT();
  const [text, setText] = useState(value);
  const [shownValue, setShownValue] = useState(value);
  // A new search from elsewhere (Back, a cleared search) replaces the text; typing keeps focus.
  if (value !== shownValue) {
    setShownValue(value);
    setText(value);
  }
  return (
    <div role="search" aria-label={t('jobs.search.label')}>
      <label htmlFor={id} className="sr-only">
        {t('jobs.search.label')}
      </label>
      <Input.Search
        id={id}
        value={text}
        onChange={(event) => setText(event.target.value)}
        size="large"
        allowClear
        enterButton={t('common.search')}
        placeholder={t('jobs.search.placeholder')}
        maxLength={100}
        enterKeyHint="search"
        onSearch={(text) => onSearch(text.trim())}
      />
    </div>
  );
}
