import { describe, expect, it } from 'vitest';
import { gaugeArc, gaugePoint } from './gauge-geometry.js';

describe('balance gauge geometry', () => {
  it('puts 0 at the left end, 50 at the top and 100 at the right end', () => {
    const at = (v: number) => {
      const p = gaugePoint(v, 80, 100, 100);
      return [Math.round(p.x * 100) / 100, Math.round(p.y * 100) / 100];
    };
    expect(at(0)).toEqual([20, 100]);
    expect(at(50)).toEqual([100, 20]);
    expect(at(100)).toEqual([180, 100]);
    expect(at(-5)).toEqual(at(0));
    expect(at(140)).toEqual(at(100));
  });

  it('draws the arc clockwise from the left end to the value', () => {
    expect(gaugeArc(50, 80, 100, 100)).toBe('M 20.00 100.00 A 80 80 0 0 1 100.00 20.00');
    expect(gaugeArc(100, 80, 100, 100)).toBe('M 20.00 100.00 A 80 80 0 0 1 180.00 100.00');
  });
});
