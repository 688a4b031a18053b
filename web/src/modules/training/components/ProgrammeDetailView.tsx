import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Tabs } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../../api/ApiError';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingBlock } from '../../../ui/LoadingBlock';
import { PageHeading } from '../../../ui/PageHeading';
import { useTrainingMutations } from '../hooks/useTrainingMutations';
import { useProgramme } from '../hooks/useTrainingQueries';
import type { Enrolment, Session } from '../types';
import { AttendanceModal } from './AttendanceModal';
import { EnrolmentTable } from './EnrolmentTable';
import { EnrolModal } from './EnrolModal';
import { SessionFormModal } from './SessionFormModal';
import { SessionTable } from './SessionTable';

export type ProgrammeDetailViewProps = { programmeId: string; canManage: boolean };

/** A programme: its facts, trainees with attendance and certificates, sessions with attendance taking. */
export function ProgrammeDetailView({ programmeId, canManage }: ProgrammeDetailViewProps) {
  const t = useT();
  const { message } = App.useApp();
  const { programme, sessions, enrolments } = useProgramme(programmeId);
  const { completeEnrolment, withdrawEnrolment } = useTrainingMutations();
  const [isEnrolOpen, setEnrolOpen] = useState(false);
  const [isSessionOpen, setSessionOpen] = useState(false);
  const [attendanceOf, setAttendanceOf] = useState<Session | null>(null);
  const p = programme.data;

  function reloadAll() {
    programme.reload();
    sessions.reload();
    enrolments.reload();
  }

  async function handleChange(action: () => Promise<Enrolment>, done: (e: Enrolment) => string) {
    try {
      void message.success(done(await action()));
    } catch (error) {
      // A refusal names its reason in the field problem (e.g. attendance below the 80 % needed).
      const reasons = isApiError(error) ? error.fields.map((f) => f.message) : [];
      void message.error(reasons.length ? reasons.join('；') : isApiError(error) && error.message ? error.message : t('error.unexpected'));
    }
    reloadAll();
  }

  if (programme.error) return <ErrorAlert error={programme.error} />;
  if (!p) return <LoadingBlock minHeight={320} />;
  const trainees = (enrolments.data?.items ?? []).filter((e) => e.status !== 'withdrawn').length;
  return (
    <>
      <PageHeading title={p.title} description={<Link to="/console/training-programmes">{t('training.programme.back')}</Link>} />
      <Flex vertical gap={16}>
        <Card variant="outlined">
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label={t('training.programme.kind')}>{t(`training.programmeKind.${p.kind}`)}</Descriptions.Item>
            <Descriptions.Item label={t('training.programme.organiser')}>{p.organiserName}</Descriptions.Item>
            <Descriptions.Item label={t('training.programme.dates')}>{`${p.startsOn} – ${p.endsOn}`}</Descriptions.Item>
            <Descriptions.Item label={t('training.programme.base')}>{p.baseName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('training.programme.enrolled')}>{`${p.enrolled} / ${p.capacity}`}</Descriptions.Item>
            <Descriptions.Item label={t('training.programme.completed')}>{p.completed}</Descriptions.Item>
            <Descriptions.Item label={t('training.programme.totalHours')}>{p.totalHours}</Descriptions.Item>
            <Descriptions.Item label={t('training.programme.requiredAttendance')}>{`${p.requiredAttendancePercent}%`}</Descriptions.Item>
          </Descriptions>
          {p.description ? <p style={{ marginBottom: 0 }}>{p.description}</p> : null}
        </Card>
        <Card variant="outlined">
          <Tabs
            items={[
              {
                key: 'trainees',
                label: t('training.programme.trainees'),
                children: (
                  <Flex vertical gap={12}>
                    {canManage ? (
                      <Flex justify="end">
                        <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setEnrolOpen(true)}>
                          {t('training.enrolment.createTitle')}
                        </Button>
                      </Flex>
                    ) : null}
                    {enrolments.error ? <ErrorAlert error={enrolments.error} /> : null}
                    <EnrolmentTable
                      enrolments={enrolments.data?.items ?? []}
                      isLoading={enrolments.isLoading}
                      requiredPercent={p.requiredAttendancePercent}
                      {...(canManage
                        ? {
                            actions: {
                              onComplete: (e: Enrolment) =>
                                void handleChange(() => completeEnrolment(e), (done) => t('training.enrolment.completeDone', { name: done.name, number: done.certificateNo ?? '' })),
                              onWithdraw: (e: Enrolment) => void handleChange(() => withdrawEnrolment(e), (done) => t('training.enrolment.withdrawDone', { name: done.name })),
                            },
                          }
                        : {})}
                    />
                  </Flex>
                ),
              },
              {
                key: 'sessions',
                label: t('training.programme.sessions'),
                children: (
                  <Flex vertical gap={12}>
                    {canManage ? (
                      <Flex justify="end">
                        <Button icon={<PlusOutlined aria-hidden="true" />} onClick={() => setSessionOpen(true)}>
                          {t('training.session.createTitle')}
                        </Button>
                      </Flex>
                    ) : null}
                    <SessionTable sessions={sessions.data?.items ?? []} isLoading={sessions.isLoading} trainees={trainees} {...(canManage ? { onTakeAttendance: setAttendanceOf } : {})} />
                  </Flex>
                ),
              },
            ]}
          />
        </Card>
      </Flex>
      {canManage ? (
        <>
          <EnrolModal
            programme={p}
            isOpen={isEnrolOpen}
            onClose={() => setEnrolOpen(false)}
            onSaved={(e) => {
              void message.success(t('training.enrolment.done', { name: e.name }));
              setEnrolOpen(false);
              reloadAll();
            }}
          />
          <SessionFormModal
            programme={p}
            isOpen={isSessionOpen}
            onClose={() => setSessionOpen(false)}
            onSaved={() => {
              setSessionOpen(false);
              reloadAll();
            }}
          />
          <AttendanceModal
            session={attendanceOf}
            enrolments={enrolments.data?.items ?? []}
            onClose={() => setAttendanceOf(null)}
            onSaved={(s) => {
              void message.success(t('training.attendance.done', { date: s.date, present: s.present }));
              setAttendanceOf(null);
              reloadAll();
            }}
          />
        </>
      ) : null}
    </>
  );
}
