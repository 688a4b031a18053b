import { Checkbox, Form, Typography } from 'antd';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormModal } from '../../../ui/FormModal';
import { useTrainingMutations } from '../hooks/useTrainingMutations';
import type { Enrolment, Session } from '../types';

type Values = { presentEnrolmentIds: string[] };

export type AttendanceModalProps = { session: Session | null; enrolments: Enrolment[]; onClose: () => void; onSaved: (session: Session) => void };

/** 考勤: tick who was present; everyone else on the programme is recorded absent. */
export function AttendanceModal({ session, enrolments, onClose, onSaved }: AttendanceModalProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { takeAttendance } = useTrainingMutations();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();
  const trainees = enrolments.filter((e) => e.status !== 'withdrawn');

  async function handleFinish(values: Values) {
    if (!session) return;
    await submit(async () => onSaved(await takeAttendance(session.id, values.presentEnrolmentIds)), { form, fields: ['presentEnrolmentIds'] });
  }

  return (
    <FormModal<Values>
      isOpen={session !== null}
      title={session ? t('training.attendance.title', { date: session.date, topic: session.topic }) : ''}
      form={form}
      formKey={session ? `${session.id}:${session.present}` : 'none'}
      initialValues={{ presentEnrolmentIds: session?.isRecorded ? session.presentEnrolmentIds : trainees.map((e) => e.id) }}
      onFinish={handleFinish}
      onCancel={() => {
        clearError();
        onClose();
      }}
      isSubmitting={isSubmitting}
      error={error}
      submitLabel={t('common.save')}
      intro={<Typography.Paragraph type="secondary">{t('training.attendance.help')}</Typography.Paragraph>}
    >
      {session ? (
        <Form.Item name="presentEnrolmentIds" label={t('training.attendance.present')}>
          <Checkbox.Group style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(140px, 1fr))', gap: 8 }} options={trainees.map((e) => ({ value: e.id, label: e.name }))} />
        </Form.Item>
      ) : null}
    </FormModal>
  );
}
