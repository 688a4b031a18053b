import { Button } from 'antd';
import { useT } from '../../../i18n/useT';

export type ExplainButtonProps = {
  isOpen: boolean;
  /** id of the explanation it shows and hides. */
  controls: string;
  /** Whose score it explains, for the button's accessible name. */
  name: string;
  onToggle: () => void;
};

/** 匹配说明 / 收起说明 for one row's factor explanation. */
export function ExplainButton({ isOpen, controls, name, onToggle }: ExplainButtonProps) {
  const t = useT();
  const text = isOpen ? t('matching.hideExplanation') : t('matching.explain');
  return (
    <Button
      size="small"
      aria-expanded={isOpen}
      aria-controls={isOpen ? controls : undefined}
      aria-label={t('matching.explainWhose', { action: text, name })}
      onClick={onToggle}
    >
      {text}
    </Button>
  );
}
