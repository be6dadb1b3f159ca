import { useCallback, useEffect, useRef, useState, type PointerEvent, type ReactNode, type WheelEvent } from 'react';

/** Zoom with the wheel or the buttons, pan by dragging; "Fit" shows the whole drawing. */
interface View {
  readonly scale: number;
  readonly x: number;
  readonly y: number;
}

const MIN_SCALE = 0.2;
const MAX_SCALE = 3;
const ZOOM_STEP = 1.2;
const clamp = (scale: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));

export function PanZoom({ width, height, children }: { width: number; height: number; children: ReactNode }) {
  const frame = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<View>({ scale: 1, x: 0, y: 0 });
  const drag = useRef<{ x: number; y: number } | undefined>(undefined);

  const fit = useCallback(() => {
    const box = frame.current?.getBoundingClientRect();
    if (!box || width === 0 || height === 0) return;
    const scale = clamp(Math.min(1, (box.width - 16) / width, (box.height - 16) / height));
    setView({ scale, x: (box.width - width * scale) / 2, y: Math.max(8, (box.height - height * scale) / 2) });
  }, [width, height]);
  useEffect(fit, [fit]);

  const zoomAt = (factor: number, cx: number, cy: number) =>
    setView((v) => {
      const scale = clamp(v.scale * factor);
      return { scale, x: cx - ((cx - v.x) * scale) / v.scale, y: cy - ((cy - v.y) * scale) / v.scale };
    });
  const zoomCentre = (factor: number) => {
    const box = frame.current?.getBoundingClientRect();
    zoomAt(factor, (box?.width ?? 0) / 2, (box?.height ?? 0) / 2);
  };
  const onWheel = (event: WheelEvent) => {
    const box = frame.current!.getBoundingClientRect();
    zoomAt(event.deltaY < 0 ? ZOOM_STEP : 1 / ZOOM_STEP, event.clientX - box.left, event.clientY - box.top);
  };
  const onPointerDown = (event: PointerEvent) => {
    if ((event.target as Element).closest('[data-clickable]')) return;
    drag.current = { x: event.clientX, y: event.clientY };
    (event.currentTarget as Element).setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent) => {
    const from = drag.current;
    if (!from) return;
    drag.current = { x: event.clientX, y: event.clientY };
    setView((v) => ({ ...v, x: v.x + event.clientX - from.x, y: v.y + event.clientY - from.y }));
  };

  return (
    <div className="pan-zoom" ref={frame} onWheel={onWheel} onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={() => (drag.current = undefined)}>
      <svg width="100%" height="100%" data-testid="graph">
        <g transform={`translate(${view.x} ${view.y}) scale(${view.scale})`}>{children}</g>
      </svg>
      <div className="zoom-buttons">
        <button type="button" title="Zoom in" onClick={() => zoomCentre(ZOOM_STEP)}>
          +
        </button>
        <button type="button" title="Zoom out" onClick={() => zoomCentre(1 / ZOOM_STEP)}>
          −
        </button>
        <button type="button" title="Show the whole graph" onClick={fit}>
          Fit
        </button>
      </div>
    </div>
  );
}
