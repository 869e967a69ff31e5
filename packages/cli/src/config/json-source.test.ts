import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonSource } from './json-source.js';

const parsed = (text: string) => {
  const result = parseJsonSource(text);
  if (!result.ok) throw new Error(`not parsed: ${JSON.stringify(result.error)}`);
  return result.json;
};
const failure = (text: string) => {
  const result = parseJsonSource(text);
  if (result.ok) throw new Error('parsed');
  return result.error;
};

describe('parseJsonSource', () => {
  it('reads what JSON.parse reads, to the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        expect(parsed(text).value).toStrictEqual(JSON.parse(text));
      }),
    );
  });

  it('locates keys and array items by line and column', () => {
    const json = parsed(
      '{\n  "extends": "recommended",\n  "rules": {\n    "tone/shouting": "of"\n  },\n  "organization": { "values": ["respect", 3] }\n}\n',
    );
    expect(json.locate(['rules', 'tone/shouting'])).toMatchObject({ line: 4, column: 5 });
    expect(json.locate(['organization', 'values', 1])).toMatchObject({ line: 6, column: 43 });
    // A path that goes further than the text: its nearest ancestor.
    expect(json.locate(['rules', 'tone/shouting', 'severity'])).toMatchObject({ line: 4, column: 5 });
    expect(json.locate(['nope'])).toMatchObject({ line: 1, column: 1 });
  });

  it('keeps "__proto__" as a plain key, as JSON.parse does', () => {
    const value = parsed('{"__proto__": {"polluted": true}}').value as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('says what is wrong and where, with a code for each mistake', () => {
    expect(failure('{\n  "a": 1,\n}')).toEqual({
      code: 'trailing-comma',
      at: { offset: 12, line: 3, column: 1 },
      found: '}',
    });
    expect(failure('{ "a": 1 "b": 2 }')).toMatchObject({
      code: 'expected-comma-or-brace',
      at: { column: 10 },
      found: '"',
    });
    expect(failure("{ 'a': 1 }")).toMatchObject({ code: 'expected-property', found: "'" });
    expect(failure('{ "a" 1 }')).toMatchObject({ code: 'expected-colon', found: '1' });
    expect(failure('[1, 2')).toMatchObject({ code: 'expected-comma-or-bracket', found: null });
    expect(failure('{ "a": }')).toMatchObject({ code: 'expected-value', found: '}' });
    expect(failure('')).toMatchObject({ code: 'expected-value', at: { line: 1, column: 1 }, found: null });
    expect(failure('{} {}')).toMatchObject({ code: 'expected-end', at: { column: 4 } });
    expect(failure('{\n  // a comment\n}')).toMatchObject({ code: 'comment', at: { line: 2, column: 3 } });
    expect(failure('{ "a": "no end }')).toMatchObject({ code: 'unterminated-string', at: { column: 8 } });
    expect(failure('{ "a": "x\\qy" }')).toMatchObject({ code: 'bad-escape' });
    expect(failure('{ "a": "x\ty" }')).toMatchObject({ code: 'control-character' });
    expect(failure(`${'['.repeat(300)}${']'.repeat(300)}`)).toMatchObject({ code: 'too-deep' });
  });
});
