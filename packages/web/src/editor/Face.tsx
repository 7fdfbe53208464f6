/** A face for a point of the −2..+2 scale, drawn (not an emoji: every system shows it the same). */
export function Face({ emotion }: { emotion: number }) {
  // The mouth bends with the emotion: a frown at −2, a straight line at 0, a wide smile at +2.
  const bend = emotion * 2.2;
  return (
    <g className="face">
      <circle className="eye" cx={-3.6} cy={-2.8} r={1.5} />
      <circle className="eye" cx={3.6} cy={-2.8} r={1.5} />
      <path d={`M-5,${3 - bend / 4} Q0,${3 + bend} 5,${3 - bend / 4}`} />
    </g>
  );
}
