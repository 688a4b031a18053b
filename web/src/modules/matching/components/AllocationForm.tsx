import { Button, Card, Flex, Form, Input } from 'antd';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormErrorAlert } from '../../../ui/FormErrorAlert';
import type { CreateAllocationPayload } from '../types';
import { type ChosenPosition, OpenPositionsSelect } from './OpenPositionsSelect';

export type AllocationFormProps = {
  onSubmit: (payload: CreateAllocationPayload) => Promise<void>;
  onCancel: () => void;
};

type AllocationValues = { title: string; positionIds: ChosenPosition[] };

const MAX_POSITIONS = 500;

/** A new batch allocation: a title (the fair or drive) and the open positions it fills. */
export function AllocationForm({ onSubmit, onCancel }: AllocationFormProps) {
  const t = useT();
  const [form] = Form.useForm<AllocationValues>();
  const { error, isSubmitting, submit } = useFormSubmit();

  async function handleFinish(values: AllocationValues) {
    await submit(() => onSubmit({ title: values.title.trim(), positionIds: values.positionIds.map((p) => p.value) }), {
      form,
      fields: ['title', 'positionIds'],
    });
  }

  return (
    <Card variant="outlined">
      <Form<AllocationValues>
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        disabled={isSubmitting}
        aria-label={t('matching.allocations.create')}
        style={{ maxWidth: 720 }}
      >
        <FormErrorAlert error={error} />
        <Form.Item
          name="title"
          label={t('matching.allocation.field.title')}
          extra={t('matching.allocation.field.title.help')}
          rules={[
            { required: true, whitespace: true, message: t('validation.required') },
            { max: 100, message: t('validation.maxLength', { max: 100 }) },
          ]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="positionIds"
          label={t('matching.allocation.field.positions')}
          extra={t('matching.allocation.field.positions.help')}
          rules={[
            { required: true, type: 'array', min: 1, message: t('matching.allocation.positions.required') },
            { type: 'array', max: MAX_POSITIONS, message: t('matching.allocation.positions.max', { max: MAX_POSITIONS }) },
          ]}
        >
          <OpenPositionsSelect />
        </Form.Item>
        <Flex gap={8} justify="end">
          <Button onClick={onCancel} disabled={false}>
            {t('common.cancel')}
          </Button>
          <Button type="primary" htmlType="submit" loading={isSubmitting}>
            {t('matching.allocations.compute')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
