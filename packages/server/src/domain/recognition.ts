/**
 * Recognition figures: initiatives proposed, approved and showcased per unit and per value, kudos
 * given and ideas adopted, per month (UTC), over an optional period; and the same as CSV.
 */
import type { Scoped } from '../db/scoped.js';

export interface InitiativeCounts {
  proposed: number;
  approved: number;
  showcased: number;
}

export interface Recognition {
  from: string | null;
  to: string | null;
  byUnit: ({ month: string; unitId: string | null; unit: string | null } & InitiativeCounts)[];
  byValue: ({ month: string; value: string } & InitiativeCounts)[];
  kudos: { month: string; count: number }[];
  ideasAdopted: { month: string; count: number }[];
}

const month = (iso: string) => iso.slice(0, 7);

/** `from`/`to` are calendar dates (YYYY-MM-DD), both included. */
export async function recognition(s: Scoped, period: { from?: string; to?: string }): Promise<Recognition> {
  const from = period.from ?? null;
  const to = period.to ?? null;
  const inPeriod = (at: string | null): at is string =>
    at !== null && (from === null || at.slice(0, 10) >= from) && (to === null || at.slice(0, 10) <= to);

  const initiatives = await s
    .selectFrom('initiatives')
    .leftJoin('units', 'units.id', 'initiatives.unit_id')
    .select([
      'initiatives.unit_id',
      'units.name as unit_name',
      'initiatives.value_list',
      'initiatives.status',
      'initiatives.showcased',
      'initiatives.created_at',
      'initiatives.approved_at',
      'initiatives.showcased_at',
    ])
    .execute();
  const units = new Map<string, Recognition['byUnit'][number]>();
  const values = new Map<string, Recognition['byValue'][number]>();
  const add = (at: string | null, field: keyof InitiativeCounts, row: (typeof initiatives)[number]) => {
    if (!inPeriod(at)) return;
    const m = month(at);
    const unitKey = `${m}\u0000${row.unit_id ?? ''}`;
    let u = units.get(unitKey);
    if (!u) {
      u = { month: m, unitId: row.unit_id, unit: row.unit_name, proposed: 0, approved: 0, showcased: 0 };
      units.set(unitKey, u);
    }
    u[field]++;
    for (const value of JSON.parse(row.value_list) as string[]) {
      const valueKey = `${m}\u0000${value}`;
      let v = values.get(valueKey);
      if (!v) {
        v = { month: m, value, proposed: 0, approved: 0, showcased: 0 };
        values.set(valueKey, v);
      }
      v[field]++;
    }
  };
  for (const row of initiatives) {
    add(row.created_at, 'proposed', row);
    if (row.status === 'approved') add(row.approved_at, 'approved', row);
    if (row.status === 'approved' && row.showcased === 1) add(row.showcased_at, 'showcased', row);
  }

  const perMonth = (times: string[]) => {
    const counts = new Map<string, number>();
    for (const at of times.filter(inPeriod)) counts.set(month(at), (counts.get(month(at)) ?? 0) + 1);
    return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([m, count]) => ({ month: m, count }));
  };
  const kudos = await s.selectFrom('kudos').select('created_at').execute();
  const adopted = await s
    .selectFrom('ideas')
    .select('answered_at')
    .where('status', 'in', ['adopted', 'done'])
    .execute();

  const byMonthThen =
    <T extends { month: string }>(key: (t: T) => string) =>
    (a: T, b: T) =>
      a.month.localeCompare(b.month) || key(a).localeCompare(key(b));
  return {
    from,
    to,
    byUnit: [...units.values()].sort(byMonthThen((u) => u.unit ?? '')),
    byValue: [...values.values()].sort(byMonthThen((v) => v.value)),
    kudos: perMonth(kudos.map((k) => k.created_at)),
    ideasAdopted: perMonth(adopted.flatMap((i) => (i.answered_at ? [i.answered_at] : []))),
  };
}

/**
 * A CSV field: quoted when it holds the separator, a quote or a line break, quotes doubled; text that a
 * spreadsheet would run as a formula (= + - @ first) is prefixed with an apostrophe.
 */
export function csvField(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The figures as one CSV table (`;`-separated, as spreadsheet apps in French locales expect), with a
 * byte-order mark so they read it as UTF-8. Empty cells where a column does not apply.
 */
export function recognitionCsv(r: Recognition): string {
  const lines: (string | number | null)[][] = [
    ['section', 'month', 'key', 'proposed', 'approved', 'showcased', 'count'],
  ];
  for (const u of r.byUnit)
    lines.push(['unit', u.month, u.unit ?? '', u.proposed, u.approved, u.showcased, null]);
  for (const v of r.byValue)
    lines.push(['value', v.month, v.value, v.proposed, v.approved, v.showcased, null]);
  for (const k of r.kudos) lines.push(['kudos', k.month, null, null, null, null, k.count]);
  for (const i of r.ideasAdopted) lines.push(['ideas-adopted', i.month, null, null, null, null, i.count]);
  return `\uFEFF${lines.map((line) => line.map(csvField).join(';')).join('\r\n')}\r\n`;
}
