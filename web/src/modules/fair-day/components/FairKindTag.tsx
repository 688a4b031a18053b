import { useT } from '../../../i18n/useT';
import type { MessageKey } from '../../../i18n/catalogue';
import { LabelTag } from '../../../ui/LabelTag';
import type { FairKind } from '../../../../../src/modules/fairs/fairs.codes';

export type FairKindTagProps = { kind: FairKind; specialFocus: string | null };

const KIND_TONE = { campus: 'info', onsite: 'teal', special: 'gold' } as const;

/** 校园招聘会 / 现场招聘会 / 专场 (with who the special fair is for). */
export function FairKindTag({ kind, specialFocus }: FairKindTagProps) {
  const t = useT();
  const label =
    kind === 'special' && specialFocus
      ? t('fairDay.kind.specialFor', { focus: t(`fairDay.focus.${specialFocus}` as MessageKey) })
      : t(`fairDay.kind.${kind}`);
  return <LabelTag tone={KIND_TONE[kind]}>{label}</LabelTag>;
}
