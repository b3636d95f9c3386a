import type {ProviderRules} from '../types.ts';

const helpPage = 'https://napoveda.seznam.cz/uzivatel-neexistuje';
const ownNotice = 'Seznam Nápověda "Uživatel neexistuje" (napoveda.seznam.cz/uzivatel-neexistuje): the notice Seznam returns for an address it has no mailbox for, reason "5.1.1 szn; User hasn\'t got the service mapped", "Permanent Failure - Bad destination mailbox address"';
const observed = 'bounces quoted on pastebin: "host mx1.seznam.cz[77.75.76.42] said: 550 5.7.1 Sender Policy Framework of ... domain denied your IP address" (pastebin.com/ZsE78BAU, Remote-MTA: dns; mx1.seznam.cz) and "host mx2.seznam.cz[77.75.76.32] said: 451 Local Error", with its banner "220 2.0.0 Seznam SMTP server waiting for your HELO/EHLO" (pastebin.com/UgAtTYMN)';

/**
 * Seznam.cz's free mail (Email.cz: seznam.cz, email.cz, post.cz) and its Email Profi for own
 * domains. Mail for all of them arrives at mx1.seznam.cz and mx2.seznam.cz, so a reply from a
 * seznam.cz host is Seznam's own. Its help pages quote the reason it gives for a missing mailbox,
 * words no other server uses.
 */
export default {
  info: {
    id: 'seznam',
    name: 'Seznam.cz Email',
    names: ['seznam'],
    hostSuffixes: [
      // mx1.seznam.cz and mx2.seznam.cz, the MX of seznam.cz (priority 10 and 20 in DNS query output copied
      // in public repositories) and the records Email Profi domains publish (set-up notes in public
      // repositories); both are the hosts that "said" Seznam's refusals in the bounces quoted on pastebin.
      '.seznam.cz',
    ],
    replyMarkers: [],
    mailboxDomains: ['seznam.cz', 'email.cz', 'post.cz'],
    mailboxDomainsSource: 'Seznam Nápověda "Registrace účtu s novou e-mailovou schránkou" (napoveda.seznam.cz/cz/registrace-uctu-s-novou-e-mailovou-schrankou/: the domain is filled in as @seznam.cz, or the user picks "jinou doménu Seznamu @email.cz nebo @post.cz"); Seznam blog "Seznam.cz Email uvolňuje registraci pro @post.cz" (2013)',
    docsUrl: helpPage,
    source: `${ownNotice}; ${observed}`,
  },
  rows: [
    {
      status: '5.1.1',
      text: ['user hasn\'t got the service mapped'],
      reason: 'userunknown',
      meaning: 'Seznam has no mailbox at this address: the address was probably mistyped or never existed.',
      action: 'Check the address for typos; if it is right as written, ask the recipient for another address and remove this one.',
      docsUrl: helpPage,
      source: ownNotice,
      ownWords: true,
    },
  ],
} satisfies ProviderRules;
