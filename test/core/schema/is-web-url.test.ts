import { describe, expect, it } from 'vitest';
import { isWebUrl } from '@terreau/core';

describe('isWebUrl', () => {
  it('accepts http and https addresses with a host', () => {
    for (const u of [
      'https://www.ambiance-bois.com',
      'http://exemple.fr/page?x=1&y=2#ancre',
      'https://sous.domaine.exemple.org:8443/chemin/',
      'https://café-pluche.fr/',
      'https://[2001:db8::1]/',
      'HTTPS://EXEMPLE.FR',
    ]) {
      expect(isWebUrl(u), u).toBe(true);
    }
  });
  it('refuses every other scheme, relative paths, spaces and invisible characters', () => {
    for (const u of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'ftp://exemple.fr',
      '//exemple.fr',
      '/relative/path',
      'https://',
      'https:///chemin',
      'https://exa mple.fr',
      'https://exemple.fr/\u202egnp.exe',
      'https://exemple.fr\n',
      'https://-exemple.fr',
    ]) {
      expect(isWebUrl(u), JSON.stringify(u)).toBe(false);
    }
  });
});
