import { Form, Select } from 'antd';
import { useT } from '../i18n/useT';

export type FilterSelectProps<Value extends string> = {
  /** id of the select, which its label points to. */
  id: string;
  label: string;
  /** The chosen value, or '' for all. */
  value: Value | '';
  options: { value: Value; label: string }[];
  /** Called with '' when the choice is cleared. */
  onChange: (value: Value | '') => void;
};

/** A labelled, clearable select of a filter bar; empty means "all". */
export function FilterSelect<Value extends string>({ id, label, value, options, onChange }: FilterSelectProps<Value>) {
  const t = useT();
  return (
    <Form.Item label={label} htmlFor={id}>
      <Select<Value>
        id={id}
        allowClear
        placeholder={t('common.all')}
        value={value || undefined}
        options={options}
        onChange={(chosen) => onChange(chosen ?? '')}
      />
    </Form.Item>
  );
}
