import type {ProviderRules} from '../types.ts';

const spamResource = 'https://www.spamresource.com/2020/06/whoops-t-onlinede-not-accepting-mail.html';
const source = `${spamResource} (Spam Resource, 2020-06: the reply "554 IP=<ip> - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)" and T-Online's own explanation of it, quoted there)`;

/**
 * Deutsche Telekom's T-Online mail (t-online.de, magenta.de). Its refusals name a contact at
 * rx.t-online.de and end with a code in parentheses.
 */
export default {
  info: {
    id: 't-online',
    name: 'T-Online (Deutsche Telekom)',
    names: ['t-online'],
    hostSuffixes: [
      '.t-online.de',
    ],
    replyMarkers: [
      'rx.t-online.de',
      // The words of its refusal around the contact (quoted in full by Spam Resource): Cox's "IP=... - A problem occurred." lacks them.
      'ask your postmaster for help or to contact',
    ],
    mailboxDomains: ['t-online.de'],
    mailboxDomainsSource: 'Spam Resource, "Whoops: T-Online.de not accepting mail" (the mailboxes of T-Online\'s customers, at t-online.de)',
    docsUrl: 'https://postmaster.t-online.de/',
    source,
  },
  rows: [
    {
      providerCode: 'BL',
      text: ['(bl)'],
      reason: 'blocked',
      meaning: 'T-Online refuses the sending IP: it takes no mail from hosts of bad or unknown reputation, such as servers that have sent it no mail for a long time.',
      action: 'Ask T-Online (tosa@rx.t-online.de) to accept the IP, following its postmaster page; its block is not lifted by waiting.',
      docsUrl: 'https://postmaster.t-online.de/',
      source,
    },
  ],
} satisfies ProviderRules;
