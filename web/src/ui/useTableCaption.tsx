import { type ComponentPropsWithoutRef, useMemo } from 'react';

type TableElementProps = ComponentPropsWithoutRef<'table'>;

/**
 * antd Table `components` that give the table a real `<caption>` (visually hidden), so that
 * screen readers announce what it lists. Memoised per caption: a new component type on every
 * render would remount the table.
 */
export function useTableCaption(caption: string) {
  return useMemo(() => {
    function CaptionedTable({ children, ...rest }: TableElementProps) {
      return (
        <table {...rest}>
          <caption className="sr-only">{caption}</caption>
          {children}
        </table>
      );
    }
    return { table: CaptionedTable };
  }, [caption]);
}
