import type { Journey, LaneOf } from '@tropa/core';
import { type PointerEvent, useRef, useState } from 'react';
import { useLang } from '../i18n/lang.tsx';
import { Face } from './Face.tsx';
import { FEELING_LABELS } from './laneLabels.ts';
import { MeasuredCurve } from './measured/MeasuredCurve.tsx';

const HEIGHT = 150;
const PAD = 22;
const yOf = (emotion: number) => PAD + ((2 - emotion) / 4) * (HEIGHT - 2 * PAD);
const emotionAt = (y: number) =>
  Math.max(-2, Math.min(2, Math.round(2 - ((y - PAD) / (HEIGHT - 2 * PAD)) * 4)));

const text = {
  curve: { en: 'Emotion curve', ru: 'Кривая эмоций' },
  point: { en: '{stage}: emotion {value}', ru: '{stage}: эмоция {value}' },
  empty: { en: '{stage}: no emotion yet, drag to set', ru: '{stage}: эмоции нет, потяните, чтобы задать' },
};

/**
 * The emotion lane as a curve over the stage columns: one point per stage on −2..+2, dragged up or down
 * (or moved with the arrow keys); the value snaps to whole steps and is saved on release.
 */
export function EmotionCurve({
  journey,
  lane,
  columnWidth,
  onSet,
}: {
  journey: Journey;
  lane: LaneOf<'emotions'>;
  columnWidth: number;
  onSet(stageId: string, emotion: number): void;
}) {
  const { t } = useLang();
  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ stageId: string; emotion: number }>();
  const width = journey.stages.length * columnWidth;
  const points = journey.stages.map((stage, i) => {
    const card = lane.cards.find((c) => c.stage === stage.id);
    const emotion = drag?.stageId === stage.id ? drag.emotion : card?.emotion;
    return { stage, card, emotion, x: i * columnWidth + columnWidth / 2 };
  });
  const drawn = points.filter((p) => p.emotion !== undefined);
  const path = drawn.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${yOf(p.emotion ?? 0)}`).join(' ');

  function localY(event: PointerEvent) {
    const box = svg.current?.getBoundingClientRect();
    return box ? event.clientY - box.top : 0;
  }

  return (
    <svg ref={svg} className="emotion-curve" width={width} height={HEIGHT}>
      <title>{t(text.curve)}</title>
      {[-2, -1, 0, 1, 2].map((v) => (
        <line key={v} x1={0} x2={width} y1={yOf(v)} y2={yOf(v)} className={v === 0 ? 'axis zero' : 'axis'} />
      ))}
      <MeasuredCurve
        stages={journey.stages}
        columnWidth={columnWidth}
        height={HEIGHT}
        yOf={yOf}
        layer="under"
      />
      <path d={path} className="curve" />
      <MeasuredCurve
        stages={journey.stages}
        columnWidth={columnWidth}
        height={HEIGHT}
        yOf={yOf}
        layer="points"
      />
      {points.map((p) => (
        <g
          key={p.stage.id}
          className={`emotion-point ${p.emotion === undefined ? 'unset' : ''} ${drag?.stageId === p.stage.id ? 'dragging' : ''}`}
          transform={`translate(${p.x},${yOf(p.emotion ?? 0)})`}
          role="slider"
          tabIndex={0}
          aria-valuemin={-2}
          aria-valuemax={2}
          aria-valuenow={p.emotion ?? 0}
          aria-label={t(p.emotion === undefined ? text.empty : text.point, {
            stage: p.stage.name,
            value: p.emotion ?? 0,
          })}
          data-stage={p.stage.id}
          onPointerDown={(e) => {
            (e.currentTarget as Element).setPointerCapture(e.pointerId);
            setDrag({ stageId: p.stage.id, emotion: emotionAt(localY(e)) });
          }}
          onPointerMove={(e) => {
            if (drag?.stageId === p.stage.id) setDrag({ stageId: p.stage.id, emotion: emotionAt(localY(e)) });
          }}
          onPointerUp={() => {
            if (drag?.stageId === p.stage.id) onSet(p.stage.id, drag.emotion);
            setDrag(undefined);
          }}
          onKeyDown={(e) => {
            const step = e.key === 'ArrowUp' ? 1 : e.key === 'ArrowDown' ? -1 : 0;
            if (step === 0) return;
            e.preventDefault();
            onSet(p.stage.id, (p.emotion ?? 0) + step);
          }}
        >
          <circle r={15} />
          <Face emotion={p.emotion ?? 0} />
          {p.card?.feeling && (
            <text
              className="feeling"
              textAnchor="middle"
              y={p.emotion !== undefined && p.emotion < 0 ? -22 : 30}
            >
              {t(FEELING_LABELS[p.card.feeling])}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}
