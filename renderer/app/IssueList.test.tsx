// @vitest-environment jsdom
// Problemi names each field once: the link to the field, then what is wrong with it.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultCallProfile, emptyProposal, fieldPath, validate } from '../../core';
import '../test/setup';
import { IssueList } from './IssueList';

describe('IssueList', () => {
  it('writes a field\'s name once: the link, then the message that went on from it', () => {
    const issues = validate(emptyProposal(), { profile: defaultCallProfile(), now: new Date('2026-12-01T10:00:00Z') });
    const issue = issues.find((i) => i.pointer === '/ente/capofila/denominazione');
    expect(issue?.message.startsWith(`«${fieldPath(issue.pointer)}»`)).toBe(true);
    render(<IssueList issues={[issue!]} />);
    const item = screen.getByRole('listitem');
    const path = fieldPath('/ente/capofila/denominazione');
    expect(item.textContent?.split(path).length).toBe(2);
    expect(screen.getByRole('button').textContent).toBe(path);
    expect(item.textContent).toContain(`${path} è obbligatorio`);
  });

  it('leaves a message that does not open with the field\'s name as it is', () => {
    render(<IssueList issues={[{ code: 'NUMERO_NON_LEGGIBILE', severity: 'errore', pointer: '/budget/contributoRichiesto', message: '«48,500.00» non è un numero: scrivi ad esempio 48.500,00.' }]} />);
    expect(screen.getByRole('listitem').textContent).toContain('«48,500.00» non è un numero');
  });
});
