// The personas-per-round line chart, drawn straight on a canvas: one solid series with points (the
// residents on board) against a dashed level line (the target), whole-number steps up the side, the
// rounds along the bottom and a legend above. The debrief (on paper and on screen) and the
// projector draw the same chart in their own colours and sizes.

export interface LineChartData {
  labels: string[];
  values: number[];
  target: number;
  valuesName: string;
  targetName: string;
}

export interface LineChartLook {
  font: number;
  family: string;
  text: string;
  grid: string;
  line: string;
  goal: string;
  lineWidth: number;
  goalWidth: number;
  point: number;
  /** Words beside the y axis (none when the legend says enough). */
  yTitle?: string;
  pad: number;
}

/** The y axis's top and step: whole numbers, at most about six steps, always above the target. */
export function yScale(values: number[], target: number): { max: number; step: number } {
  const top = Math.max(1, target + 1, ...values);
  const step = Math.max(1, Math.ceil(top / 6));
  return { max: Math.ceil(top / step) * step, step };
}

/** Draws the chart into the whole of a `w`×`h` area of `ctx` (in the context's units). */
export function drawLineChart(ctx: CanvasRenderingContext2D, w: number, h: number, d: LineChartData, look: LineChartLook): void {
  const { font, pad } = look;
  ctx.save();
  ctx.font = `${font}px ${look.family}`;
  ctx.textBaseline = 'middle';
  const { max, step } = yScale(d.values, d.target);
  const ticks: number[] = [];
  for (let v = 0; v <= max; v += step) ticks.push(v);
  const tickW = Math.max(...ticks.map((v) => ctx.measureText(String(v)).width));
  const legendH = font * 2.2;
  const left = pad + (look.yTitle ? font * 1.6 : 0) + tickW + font * 0.6;
  const top = pad + legendH;
  const bottom = h - pad - font * 1.8;
  const right = w - pad;
  const y = (v: number) => bottom - ((bottom - top) * v) / max;
  // Points sit in the middle of equal slots, so the first is clear of the y axis's numbers.
  const slot = (right - left) / Math.max(1, d.labels.length);
  const x = (i: number) => left + slot * (i + 0.5);

  legend(ctx, w, pad + legendH / 2, d, look);
  ctx.fillStyle = look.text;
  ctx.strokeStyle = look.grid;
  ctx.lineWidth = 1;
  ctx.textAlign = 'right';
  for (const v of ticks) {
    ctx.beginPath();
    ctx.moveTo(left, Math.round(y(v)) + 0.5);
    ctx.lineTo(right, Math.round(y(v)) + 0.5);
    ctx.stroke();
    ctx.fillText(String(v), left - font * 0.5, y(v));
  }
  ctx.textAlign = 'center';
  d.labels.forEach((label, i) => ctx.fillText(label, x(i), bottom + font * 1.1));
  if (look.yTitle) {
    ctx.save();
    ctx.translate(pad + font * 0.6, (top + bottom) / 2);
    ctx.rotate(-Math.PI / 2);
    ctx.fillText(look.yTitle, 0, 0);
    ctx.restore();
  }
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  stroke(ctx, [[left, y(d.target)], [right, y(d.target)]], look.goal, look.goalWidth, [look.goalWidth * 3, look.goalWidth * 2]);
  stroke(ctx, d.values.map((v, i) => [x(i), y(v)]), look.line, look.lineWidth, []);
  ctx.fillStyle = look.line;
  d.values.forEach((v, i) => {
    ctx.beginPath();
    ctx.arc(x(i), y(v), look.point, 0, 2 * Math.PI);
    ctx.fill();
  });
  ctx.restore();
}

function stroke(ctx: CanvasRenderingContext2D, pts: number[][], color: string, width: number, dash: number[]): void {
  if (pts.length === 0) return;
  ctx.beginPath();
  ctx.setLineDash(dash);
  ctx.strokeStyle = color;
  ctx.lineWidth = width;
  pts.forEach(([px, py], i) => (i === 0 ? ctx.moveTo(px, py) : ctx.lineTo(px, py)));
  ctx.stroke();
  ctx.setLineDash([]);
}

/** Both series as a short stretch of their own line (the goal's dashed) with its name, centred. */
function legend(ctx: CanvasRenderingContext2D, w: number, cy: number, d: LineChartData, look: LineChartLook): void {
  const mark = look.font * 2.4;
  const gap = look.font * 0.5;
  const space = look.font * 1.6;
  const items = [
    { name: d.valuesName, color: look.line, width: look.lineWidth, dash: [] as number[] },
    { name: d.targetName, color: look.goal, width: look.goalWidth, dash: [look.goalWidth * 3, look.goalWidth * 2] },
  ];
  const widths = items.map((it) => mark + gap + ctx.measureText(it.name).width);
  let at = (w - widths.reduce((a, b) => a + b, 0) - space) / 2;
  items.forEach((it, i) => {
    stroke(ctx, [[at, cy], [at + mark, cy]], it.color, it.width, it.dash);
    ctx.fillStyle = look.text;
    ctx.textAlign = 'left';
    ctx.fillText(it.name, at + mark + gap, cy);
    at += widths[i] + space;
  });
}
