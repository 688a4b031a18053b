export type CountGridProps = { items: { label: string; value: string | number; testId?: string }[] };

/** A row of big figures that stays readable on a phone held at arm's length. */
export function CountGrid({ items }: CountGridProps) {
  return (
    <dl style={{ display: 'grid', gridTemplateColumns: `repeat(${items.length}, minmax(0, 1fr))`, gap: 8, margin: 0 }}>
      {items.map((item) => (
        <div key={item.label} style={{ background: '#f7f7f8', borderRadius: 8, padding: '8px 6px', textAlign: 'center' }}>
          <dt style={{ fontSize: 13, color: 'rgba(0, 0, 0, 0.65)' }}>{item.label}</dt>
          <dd style={{ margin: 0, fontSize: 24, fontWeight: 700 }} data-testid={item.testId}>
            {item.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
