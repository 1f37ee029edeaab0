import { Star } from 'lucide-react';

/** A rating as five stars with the number for screen readers. */
export function Stars({ value, count }: { value: number; count?: number }) {
  const label = count === 0 ? 'No ratings yet' : `${value.toFixed(1)} out of 5${count !== undefined ? ` from ${count} review${count === 1 ? '' : 's'}` : ''}`;
  return (
    <span role="img" className="inline-flex items-center gap-1 text-sm" aria-label={label} title={label}>
      {[1, 2, 3, 4, 5].map((i) => (
        <Star key={i} aria-hidden className={`size-3.5 ${i <= Math.round(value) ? 'fill-amber-400 text-amber-500' : 'text-muted-foreground'}`} />
      ))}
      <span aria-hidden className="text-muted-foreground">{count === 0 ? 'New' : value.toFixed(1)}{count ? ` (${count})` : ''}</span>
    </span>
  );
}
