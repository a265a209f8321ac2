import { describe, expect, it } from 'vitest';
import { proposalPathFromArgv } from './file-args';
import { isAppUrl, isSafeExternalUrl } from './origin';

describe('origin checks of the desktop shell', () => {
  it('recognise only the app origin as the app', () => {
    expect(isAppUrl('app://proposta/index.html')).toBe(true);
    for (const u of ['app://altro/index.html', 'file:///etc/passwd', 'https://proposta/index.html', 'http://127.0.0.1/', 'javascript:alert(1)', 'non un url']) {
      expect(isAppUrl(u)).toBe(false);
    }
  });

  it('open externally only https links to real hosts, without credentials', () => {
    expect(isSafeExternalUrl('https://www.regione.puglia.it/web/competitivita')).toBe(true);
    for (const u of ['http://www.regione.puglia.it', 'file:///C:/Windows', 'https://user:pw@example.com', 'smb://server/share', 'https://localhost', 'javascript:alert(1)']) {
      expect(isSafeExternalUrl(u)).toBe(false);
    }
  });

  it('find the proposal passed by the OS among the arguments', () => {
    expect(proposalPathFromArgv(['/opt/Proposta/proposta', '--no-sandbox', '/home/u/Molfetta.proposta'], '/tmp')).toBe('/home/u/Molfetta.proposta');
    expect(proposalPathFromArgv(['proposta', '--inspect', 'note.txt'], '/tmp')).toBeNull();
    // A Comune's module opens too (in partner mode); its signed reply is the lead's to import, not to open.
    expect(proposalPathFromArgv(['proposta', '/home/u/soleto.proposta-partner'], '/tmp')).toBe('/home/u/soleto.proposta-partner');
    expect(proposalPathFromArgv(['proposta', '/home/u/soleto.proposta-partner.p7m'], '/tmp')).toBeNull();
  });

  it('resolve a relative path against the working directory of the instance that received it', () => {
    // A second instance started in /home/u/Bandi hands over "bari.proposta": it is that folder's file, not the first instance's.
    expect(proposalPathFromArgv(['proposta', 'bari.proposta'], '/home/u/Bandi')).toBe('/home/u/Bandi/bari.proposta');
    expect(proposalPathFromArgv(['proposta', '../Altri/lecce.proposta.json'], '/home/u/Bandi')).toBe('/home/u/Altri/lecce.proposta.json');
  });
});
