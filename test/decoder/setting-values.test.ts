// A program's settings pasted beside its error (an environment file, a Compose file's
// `environment:` list, a shell's `export`): "SMTP_USER=alerts@example.org" sets the address a
// program logs in or sends as, and names no recipient. The setting's name (words joined by
// underscores, then "=") is no part of the address, and the address is the setting's value.
// Generated over the names programs' documentation gives such settings and the ways a paste
// writes them, under errors that name no recipient and errors that do.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {findAddresses} from '../../src/decoder/find-addresses.ts';

/** Setting names that hold a mail address in common programs' configuration. */
const names = ['SMTP_USER', 'SMTP_FROM', 'SMTP_USERNAME', 'MAIL_FROM_ADDRESS', 'MAIL_USERNAME', 'EMAIL_HOST_USER', 'DEFAULT_FROM_EMAIL', 'GITLAB_EMAIL_FROM', 'smtp_user_name', 'GF_SMTP_FROM_ADDRESS'];

const forms: ReadonlyArray<readonly [string, (name: string, address: string) => string]> = [
  ['a Compose file\'s environment list', (name, address) => `    environment:\n      - SMTP_HOST=smtp.example.net\n      - ${name}=${address}\n      - SMTP_PORT=587`],
  ['an environment file', (name, address) => `SMTP_HOST=smtp.example.net\n${name}=${address}\nSMTP_PORT=587`],
  ['a shell\'s export', (name, address) => `export SMTP_HOST=smtp.example.net\nexport ${name}=${address}`],
];

const refusals = [
  'Net::SMTPFatalError: 550 5.7.1 Client does not have permissions to send as this sender',
  'SMTP Error: 535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6',
  'Error: Message failed: 554 5.7.1 Relay access denied',
];

describe('an address a setting is given is no recipient', () => {
  test.each(names.flatMap((name) => forms.map(([how, write]) => ({name, how, settings: write(name, 'alerts@example.org')}))))('$how: $name', ({name, settings}) => {
    expect(findAddresses(`${name}=alerts@example.org`).map((found) => found.address)).toEqual(['alerts@example.org']);
    for (const refusal of refusals) {
      const result = decodeText(`${refusal}\n\nSettings:\n\n${settings}\n`);
      expect(result.recipients.map((recipient) => recipient.recipient)).not.toContain('alerts@example.org');
      expect(result.recipients.some((recipient) => recipient.recipient?.includes('='))).toBe(false);
    }
  });

  test.each(forms.map(([how, write]) => ({how, settings: write('SMTP_USER', 'alerts@example.org')})))('$how, under a refusal that names its recipient: that recipient', ({settings}) => {
    const result = decodeText(`Net::SMTPFatalError: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown\n\n${settings}\n`);
    expect(result.recipients.map((recipient) => recipient.recipient)).toEqual(['bob@example.org']);
  });
});

describe('an "=" that belongs to the address', () => {
  test.each([
    ['a VERP local part', 'bounces+bob=example.org@lists.example.net'],
    ['an SRS local part', 'SRS0=HHH=TT=example.org=bob@forwarder.example.net'],
    ['a local part with an underscore and no setting', 'first_last@example.org'],
  ])('%s stays whole', (_name, address) => {
    expect(findAddresses(`Delivery to ${address} failed`).map((found) => found.address)).toEqual([address]);
  });
});
