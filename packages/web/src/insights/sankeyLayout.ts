// A two-column Sankey layout (source channel → next channel) for hand-made SVG: pure, tested beside it.

export interface Flow {
  from: string;
  to: string;
  count: number;
}

export interface SankeyNode {
  name: string;
  side: 'source' | 'target';
  total: number;
  y: number;
  height: number;
}

export interface SankeyRibbon extends Flow {
  /** Top of the ribbon at the source and at the target; both ends are `width` tall. */
  y0: number;
  y1: number;
  width: number;
}

export interface SankeyLayout {
  sources: SankeyNode[];
  targets: SankeyNode[];
  ribbons: SankeyRibbon[];
}

function column(flows: Flow[], key: 'from' | 'to'): { name: string; total: number }[] {
  const totals = new Map<string, number>();
  for (const f of flows) totals.set(f[key], (totals.get(f[key]) ?? 0) + f.count);
  return [...totals]
    .map(([name, total]) => ({ name, total }))
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
}

/**
 * Nodes stacked top-down by total (largest first) with `gap` between them in `height`; each ribbon takes a
 * slice of its source (ordered by the target's position) and of its target (ordered by the source's), so
 * ribbons do not cross inside a node. Zero flows are left out.
 */
export function sankeyLayout(all: Flow[], height: number, gap = 10): SankeyLayout {
  const flows = all.filter((f) => f.count > 0);
  const total = flows.reduce((s, f) => s + f.count, 0);
  const place = (side: SankeyNode['side'], names: { name: string; total: number }[]): SankeyNode[] => {
    const unit = total === 0 ? 0 : Math.max(height - gap * (names.length - 1), 0) / total;
    let y = 0;
    return names.map(({ name, total: t }) => {
      const node = { name, side, total: t, y, height: t * unit };
      y += node.height + gap;
      return node;
    });
  };
  const sources = place('source', column(flows, 'from'));
  const targets = place('target', column(flows, 'to'));
  const unit = total === 0 ? 0 : (sources[0]?.height ?? 0) / (sources[0]?.total ?? 1);
  const rank = (nodes: SankeyNode[]) => new Map(nodes.map((n, i) => [n.name, i]));
  const sourceRank = rank(sources);
  const targetRank = rank(targets);
  const sourceTop = new Map(sources.map((n) => [n.name, n.y]));
  const targetTop = new Map(targets.map((n) => [n.name, n.y]));
  const ribbons = new Map<Flow, SankeyRibbon>();
  const bySource = [...flows].sort(
    (a, b) =>
      (sourceRank.get(a.from) ?? 0) - (sourceRank.get(b.from) ?? 0) ||
      (targetRank.get(a.to) ?? 0) - (targetRank.get(b.to) ?? 0),
  );
  for (const f of bySource) {
    const y0 = sourceTop.get(f.from) ?? 0;
    sourceTop.set(f.from, y0 + f.count * unit);
    ribbons.set(f, { ...f, y0, y1: 0, width: f.count * unit });
  }
  const byTarget = [...flows].sort(
    (a, b) =>
      (targetRank.get(a.to) ?? 0) - (targetRank.get(b.to) ?? 0) ||
      (sourceRank.get(a.from) ?? 0) - (sourceRank.get(b.from) ?? 0),
  );
  for (const f of byTarget) {
    const ribbon = ribbons.get(f);
    if (!ribbon) continue;
    ribbon.y1 = targetTop.get(f.to) ?? 0;
    targetTop.set(f.to, ribbon.y1 + ribbon.width);
  }
  return { sources, targets, ribbons: bySource.map((f) => ribbons.get(f) as SankeyRibbon) };
}

/** The SVG path of a ribbon from x0 to x1: a band with cubic edges, closed. */
export function ribbonPath(r: SankeyRibbon, x0: number, x1: number): string {
  const mid = (x0 + x1) / 2;
  const top = `M${x0},${r.y0} C${mid},${r.y0} ${mid},${r.y1} ${x1},${r.y1}`;
  const bottom = `L${x1},${r.y1 + r.width} C${mid},${r.y1 + r.width} ${mid},${r.y0 + r.width} ${x0},${r.y0 + r.width} Z`;
  return `${top} ${bottom}`;
}
