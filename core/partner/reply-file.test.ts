import { describe, expect, it } from 'vitest';
import { replyFileName } from './reply-file';

describe('replyFileName', () => {
  it('names the reply by partner and request, signed or not', () => {
    expect(replyFileName('p-2', '0f3a9c1e-aaaa-bbbb', true)).toBe('risposte/p-2-0f3a9c1e.proposta-partner.p7m');
    expect(replyFileName('p-2', '0f3a9c1e-aaaa-bbbb', false)).toBe('risposte/p-2-0f3a9c1e.proposta-partner');
  });
  it('never lets an id leave the folder', () => {
    const name = replyFileName('../../etc', '../x/y/z', false);
    expect(name.startsWith('risposte/')).toBe(true);
    expect(name.slice('risposte/'.length)).not.toMatch(/[/\\]/);
  });
});
