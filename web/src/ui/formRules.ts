import type { FormRule } from 'antd';
import type { Dayjs } from 'dayjs';

/** An end time field's rule: after the start field's time, when both are filled. */
export function endsAfterRule(startField: string, message: string): FormRule {
  return ({ getFieldValue }) => ({
    validator: (_rule, value: Dayjs | undefined) => {
      const start = getFieldValue(startField) as Dayjs | undefined;
      return !value || !start || value.isAfter(start) ? Promise.resolve() : Promise.reject(new Error(message));
    },
  });
}
