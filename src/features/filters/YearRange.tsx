/**
 * The year range: one track, two thumbs (Radix Slider: each thumb has the slider role and its own name,
 * arrow keys, Page Up/Down, Home/End, touch dragging). Loaded in its own chunk after the first paint.
 */
import * as Slider from '@radix-ui/react-slider';
import { memo } from 'react';

/** Drawn again only when its own props change (a district change leaves it as it is). */
export default memo(function YearRange({
  from,
  to,
  min,
  max,
  fromLabel,
  toLabel,
  onChange,
}: {
  from: number;
  to: number;
  min: number;
  max: number;
  fromLabel: string;
  toLabel: string;
  onChange: (from: number, to: number) => void;
}) {
  return (
    <Slider.Root
      className="range"
      min={min}
      max={max}
      step={1}
      minStepsBetweenThumbs={0}
      value={[from, to]}
      onValueChange={([a, b]) => {
        if (a !== undefined && b !== undefined) onChange(a, b);
      }}
    >
      <Slider.Track className="range-track">
        <Slider.Range className="range-fill" />
      </Slider.Track>
      {/* Home and End move the focused thumb to its own end (Radix moves the first or the last thumb): the "to"
          thumb goes down to the "from" year at most, the "from" thumb up to the "to" year. */}
      <Slider.Thumb
        className="range-thumb"
        aria-label={fromLabel}
        onKeyDown={(e) => {
          if (e.key !== 'End') return;
          e.preventDefault();
          onChange(to, to);
        }}
      />
      <Slider.Thumb
        className="range-thumb"
        aria-label={toLabel}
        onKeyDown={(e) => {
          if (e.key !== 'Home') return;
          e.preventDefault();
          onChange(from, from);
        }}
      />
    </Slider.Root>
  );
});
