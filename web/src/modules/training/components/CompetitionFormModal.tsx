import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormModal } from '../../../ui/FormModal';
import { textOrNull, toIsoDate } from '../../talent/utils/dates';
import { useTrainingMutations } from '../hooks/useTrainingMutations';
import { COMPETITION_LEVELS, type Competition, type CompetitionLevel } from '../types';
import { OrganisationSelect } from './OrganisationSelect';

type Values = { title: string; heldOn: Dayjs; organiserId: string; level: CompetitionLevel; categories: string[]; venue?: string; description?: string };

const FIELDS = ['title', 'heldOn', 'organiserId', 'level', 'categories', 'venue', 'description'] as const;
const ORGANISER_TYPES = ['government', 'operator', 'school', 'enterprise', 'association'] as const;

export type CompetitionFormModalProps = { isOpen: boolean; onClose: () => void; onSaved: (competition: Competition) => void };

/** 新建技能竞赛 with its categories (赛项). */
export function CompetitionFormModal({ isOpen, onClose, onSaved }: CompetitionFormModalProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { createCompetition } = useTrainingMutations();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();
  const required = { required: true, message: t('validation.required') };

  async function handleFinish(values: Values) {
    await submit(
      async () =>
        onSaved(
          await createCompetition({
            title: values.title,
            heldOn: toIsoDate(values.heldOn) ?? '',
            organiserId: values.organiserId,
            level: values.level,
            categories: values.categories,
            venue: textOrNull(values.venue),
            description: textOrNull(values.description),
          }),
        ),
      { form, fields: FIELDS },
    );
  }

  return (
    <FormModal<Values>
      isOpen={isOpen}
      title={t('training.competition.createTitle')}
      form={form}
      initialValues={{ level: 'zone', categories: [] }}
      onFinish={handleFinish}
      onCancel={() => {
        clearError();
        onClose();
      }}
      isSubmitting={isSubmitting}
      error={error}
      submitLabel={t('common.save')}
    >
      <Form.Item name="title" label={t('training.competition.title')} rules={[required, { max: 100, message: t('validation.maxLength', { max: 100 }) }]}>
        <Input />
      </Form.Item>
      <Form.Item name="heldOn" label={t('training.competition.heldOn')} rules={[required]}>
        <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="organiserId" label={t('training.competition.organiser')} rules={[required]}>
        <OrganisationSelect types={ORGANISER_TYPES} />
      </Form.Item>
      <Form.Item name="level" label={t('training.competition.level')} rules={[required]}>
        <Select options={COMPETITION_LEVELS.map((value) => ({ value, label: t(`training.competitionLevel.${value}`) }))} />
      </Form.Item>
      <Form.Item name="categories" label={t('training.competition.categories')} rules={[required]} extra={t('training.competition.categoriesHelp')}>
        <Select mode="tags" open={false} suffixIcon={null} />
      </Form.Item>
      <Form.Item name="venue" label={t('training.competition.venue')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="description" label={t('training.competition.description')}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </FormModal>
  );
}
