import { Card, Checkbox, Empty, Flex, Spin, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useT } from '../../../i18n/useT';
import { useIsPhone } from '../../../ui/useIsPhone';
import { useTableCaption } from '../../../ui/useTableCaption';
import { useRegionNamer } from '../hooks/useRegionNamer';
import { type Candidate, MAX_RECOMMEND_AT_ONCE } from '../types';
import { CandidateApplicationTag } from './CandidateApplicationTag';
import { CandidateProfile } from './CandidateProfile';
import { ExplainButton } from './ExplainButton';
import { MatchExplanation } from './MatchExplanation';
import { ScoreBar } from './ScoreBar';

export type CandidateListProps = {
  candidates: Candidate[];
  isLoading: boolean;
  caption: string;
  /** Operators choose candidates to recommend; enterprises only read. */
  canSelect: boolean;
  selectedIds: string[];
  onSelectionChange: (seekerIds: string[]) => void;
};

/** The ranked candidates: a table on desktops, cards on phones; each opens its explanation. */
export function CandidateList({ candidates, isLoading, caption, canSelect, selectedIds, onSelectionChange }: CandidateListProps) {
  const t = useT();
  const isPhone = useIsPhone();
  const regionName = useRegionNamer();
  const components = useTableCaption(caption);
  const [expanded, setExpanded] = useState<string[]>([]);
  const isFull = selectedIds.length >= MAX_RECOMMEND_AT_ONCE;

  function toggleExpanded(seekerId: string) {
    setExpanded((keys) => (keys.includes(seekerId) ? keys.filter((k) => k !== seekerId) : [...keys, seekerId]));
  }

  function toggleSelected(seekerId: string, isChecked: boolean) {
    onSelectionChange(isChecked ? [...selectedIds, seekerId] : selectedIds.filter((id) => id !== seekerId));
  }

  /** Already applied or recommended seekers cannot be recommended again; 50 at most per request. */
  function isSelectable(candidate: Candidate): boolean {
    return candidate.application === null && (!isFull || selectedIds.includes(candidate.seeker.id));
  }

  function educationOf(candidate: Candidate): string {
    return candidate.seeker.educationLevel ? t(`position.education.${candidate.seeker.educationLevel}`) : '—';
  }

  function explainButton(candidate: Candidate) {
    return (
      <ExplainButton
        isOpen={expanded.includes(candidate.seeker.id)}
        controls={`candidate-explanation-${candidate.seeker.id}`}
        name={candidate.seeker.name}
        onToggle={() => toggleExpanded(candidate.seeker.id)}
      />
    );
  }

  function details(candidate: Candidate) {
    return (
      <div id={`candidate-explanation-${candidate.seeker.id}`}>
        <MatchExplanation
          factors={candidate.match.factors}
          label={t('matching.explanation.label', { name: candidate.seeker.name })}
          regionName={regionName}
        />
        <div style={{ marginTop: 12 }}>
          <CandidateProfile seeker={candidate.seeker} />
        </div>
      </div>
    );
  }

  if (isPhone) {
    return (
      <Spin spinning={isLoading}>
        {candidates.length === 0 && !isLoading ? <Empty description={t('matching.candidates.empty')} /> : null}
        <ol aria-label={caption} style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 12 }}>
          {candidates.map((candidate, index) => {
            const s = candidate.seeker;
            return (
              <li key={s.id}>
                <Card size="small" variant="outlined">
                  <Flex justify="space-between" align="start" gap={8}>
                    <Flex align="center" gap={8}>
                      {canSelect ? (
                        <Checkbox
                          checked={selectedIds.includes(s.id)}
                          disabled={!isSelectable(candidate)}
                          onChange={(event) => toggleSelected(s.id, event.target.checked)}
                          aria-label={t('matching.candidates.selectFor', { name: s.name })}
                        />
                      ) : null}
                      <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
                        {t('matching.candidates.rankName', { rank: index + 1, name: s.name })}
                      </Typography.Title>
                    </Flex>
                    <CandidateApplicationTag application={candidate.application} />
                  </Flex>
                  <div style={{ margin: '8px 0' }}>
                    <ScoreBar score={candidate.match.total} width={160} />
                  </div>
                  <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                    {[educationOf(candidate), [s.school, s.major].filter(Boolean).join(' · '), t('applications.years', { years: s.experienceYears })]
                      .filter(Boolean)
                      .join(' · ')}
                  </Typography.Paragraph>
                  {explainButton(candidate)}
                  {expanded.includes(s.id) ? <div style={{ marginTop: 12 }}>{details(candidate)}</div> : null}
                </Card>
              </li>
            );
          })}
        </ol>
      </Spin>
    );
  }

  const columns: ColumnsType<Candidate> = [
    { title: t('matching.candidates.field.rank'), key: 'rank', width: 64, render: (_v, _c, index) => index + 1 },
    {
      title: t('applications.field.seeker'),
      key: 'name',
      width: 110,
      render: (_v, c) => (
        <>
          <Typography.Text strong>{c.seeker.name}</Typography.Text>
          {c.seeker.birthYear ? (
            <>
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {t('matching.candidates.born', { year: c.seeker.birthYear })}
              </Typography.Text>
            </>
          ) : null}
        </>
      ),
    },
    { title: t('applications.field.education'), key: 'education', width: 80, render: (_v, c) => educationOf(c) },
    {
      title: t('applications.field.schoolMajor'),
      key: 'major',
      render: (_v, c) => [c.seeker.school, c.seeker.major].filter(Boolean).join(' · ') || '—',
    },
    { title: t('applications.field.experience'), key: 'experience', width: 90, render: (_v, c) => t('applications.years', { years: c.seeker.experienceYears }) },
    { title: t('matching.field.score'), key: 'score', width: 170, render: (_v, c) => <ScoreBar score={c.match.total} width={90} /> },
    { title: t('matching.candidates.field.status'), key: 'status', width: 120, render: (_v, c) => <CandidateApplicationTag application={c.application} /> },
    { title: t('matching.field.explanation'), key: 'explain', width: 110, render: (_v, c) => explainButton(c) },
  ];
  return (
    <Table<Candidate>
      rowKey={(c) => c.seeker.id}
      components={components}
      columns={columns}
      dataSource={candidates}
      loading={isLoading}
      pagination={false}
      scroll={candidates.length > 0 ? { x: 920 } : undefined}
      rowSelection={
        canSelect
          ? {
              type: 'checkbox',
              selectedRowKeys: selectedIds,
              onChange: (keys) => onSelectionChange(keys.map(String)),
              columnTitle: <span className="sr-only">{t('matching.candidates.select')}</span>,
              columnWidth: 48,
              getCheckboxProps: (c) => ({
                disabled: !isSelectable(c),
                'aria-label': t('matching.candidates.selectFor', { name: c.seeker.name }),
              }),
            }
          : undefined
      }
      expandable={{
        expandedRowKeys: expanded,
        showExpandColumn: false,
        expandedRowRender: (c) => details(c),
      }}
      locale={{ emptyText: t('matching.candidates.empty') }}
    />
  );
}
