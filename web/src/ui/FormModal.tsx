import { Button, Flex, Form, type FormInstance, type FormProps, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { FormErrorAlert } from './FormErrorAlert';

export type FormModalProps<Values> = {
  isOpen: boolean;
  /** The modal's title, also the form's accessible name. */
  title: string;
  form: FormInstance<Values>;
  /** A new key gives a fresh form, e.g. one per edited record. */
  formKey?: string;
  initialValues?: FormProps<Values>['initialValues'];
  onFinish: (values: Values) => void | Promise<void>;
  /** Cancel button, close icon and Escape. */
  onCancel: () => void;
  isSubmitting: boolean;
  error: unknown;
  submitLabel: string;
  /** Shown above the error and the fields. */
  intro?: ReactNode;
  /** The fields; `null` leaves the modal without a form (e.g. while no record is chosen). */
  children: ReactNode;
};

/** A modal holding one form: error above the fields, Cancel and submit at the bottom right. */
export function FormModal<Values>({
  isOpen,
  title,
  form,
  formKey,
  initialValues,
  onFinish,
  onCancel,
  isSubmitting,
  error,
  submitLabel,
  intro,
  children,
}: FormModalProps<Values>) {
  const t = useT();
  return (
    <Modal open={isOpen} title={title} onCancel={onCancel} footer={null} destroyOnHidden>
      {children === null ? null : (
        <Form<Values>
          key={formKey}
          form={form}
          layout="vertical"
          onFinish={onFinish}
          disabled={isSubmitting}
          initialValues={initialValues}
          aria-label={title}
        >
          {intro}
          <FormErrorAlert error={error} />
          {children}
          <Flex gap={8} justify="end">
            <Button onClick={onCancel} disabled={false}>
              {t('common.cancel')}
            </Button>
            <Button type="primary" htmlType="submit" loading={isSubmitting}>
              {submitLabel}
            </Button>
          </Flex>
        </Form>
      )}
    </Modal>
  );
}
