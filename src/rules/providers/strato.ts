import type {ProviderRules} from '../types.ts';

const helpPage = 'https://www.strato.de/faq/mail/fehlermeldungen-bei-e-mails/';
const ukPage = 'https://www.strato-hosting.co.uk/faq/product/why-are-my-emails-not-being-delivered';
const ownList = `STRATO FAQ "Fehlermeldungen bei E-Mails" (${helpPage}, also strato.de/faq/mail/fehlermeldungen-bei-e-mails and strato.nl "Waarom krijg ik foutmeldingen bij het werken met e-mail?"); STRATO UK FAQ "Why are my emails not being delivered?" (${ukPage}): the refusals of STRATO's mail system and its codes in parentheses`;
const observed = 'a STRATO refusal quoted on the Linux netdev list (Jan. 2026): "5.7.1 Refused by local policy. No SPAM please! (B-EX 155302::...) see https://www.strato-hosting.co.uk/faq/product/why-are-my-emails-not-being-delivered [MSG0011]"';

/**
 * STRATO AG, the German web host. Its customers' domains take mail at smtpin.rzone.de, and its own
 * servers (inbound and outbound) live under rzone.de, a zone that holds no customer machines. Its
 * spam filter refuses with "Refused by local policy. No SPAM please!" and a code in parentheses
 * (B-URL, B-TEXT, ...) that its FAQ explains, and links that FAQ in the reply.
 */
export default {
  info: {
    id: 'strato',
    name: 'STRATO',
    names: ['strato'],
    hostSuffixes: [
      '.rzone.de', // smtpin.rzone.de, the MX of STRATO-hosted domains ("MX 5 smtpin.rzone.de" in many published zone files of STRATO customers, with SPF include:spf.rzone.de and nameservers docks/shades*.rzone.de)
    ],
    replyMarkers: [
      'strato-hosting.co.uk', // its refusals link its FAQ: "see https://www.strato-hosting.co.uk/faq/product/why-are-my-emails-not-being-delivered"
    ],
    docsUrl: helpPage,
    source: `${ownList}; ${observed}; zone files of STRATO-hosted domains in public repositories (MX smtpin.rzone.de), a third-party record used for want of a STRATO page naming the host`,
  },
  rows: [
    {
      providerCode: 'B-URL',
      text: ['no spam please! (b-url'],
      reason: 'spamdetected',
      meaning: 'STRATO\'s spam filter found a link it holds for spam (in the body or the signature).',
      action: 'Remove or replace the suspicious link, including any in the signature, and send again.',
      docsUrl: helpPage,
      source: ownList,
    },
    {
      providerCode: 'B-TEXT',
      text: ['no spam please! (b-text', 'no spam please! (b-score', 'no spam please! (b-ex'],
      reason: 'spamdetected',
      meaning: 'STRATO\'s spam filter found wording it holds for spam (B-TEXT, B-SCORE and B-EX name such text).',
      action: 'Remove the suspicious wording, signature included, and send again.',
      docsUrl: helpPage,
      source: `${ownList}; ${observed}`,
    },
    {
      providerCode: 'B-ATTACH',
      text: ['no spam please! (b-attach'],
      reason: 'policyviolation',
      meaning: 'The message carries an attachment of a kind STRATO does not let through.',
      action: 'Send it without that attachment, or share the file another way.',
      docsUrl: helpPage,
      source: ownList,
    },
    {
      text: ['suspected phishing attempt'],
      reason: 'spamdetected',
      meaning: 'STRATO\'s filter took the content for phishing.',
      action: 'Remove what looks like phishing (login links, look-alike addresses) and send again.',
      docsUrl: helpPage,
      source: ownList,
    },
    {
      reply: '550',
      providerCode: 'B-EFROM-STRATO',
      text: ['in envelope-from (b-efrom-strato)'],
      reason: 'rejected',
      meaning: 'The envelope sender (return address) uses a domain that belongs to STRATO itself, which senders may not use.',
      action: 'Send with a return address on your own domain.',
      docsUrl: ukPage,
      source: `${ownList}: "550 Forbidden domain 'xxx' in Envelope-From (B-EFROM-STRATO)"`,
    },
    {
      text: ['spf failed for'],
      reason: 'authfailure',
      meaning: 'The message came from a server the sender domain\'s SPF record does not allow.',
      action: 'Send through a server the domain\'s SPF record names, or add it to the record.',
      docsUrl: helpPage,
      source: ownList,
    },
    {
      // The same words without a code in parentheses: the current German and Dutch FAQ give them as a
      // refused sending server or sender, the English one as the recipient's filter rule.
      status: '5.7.1',
      text: ['refused by local policy. no spam please'],
      reason: 'blocked',
      meaning: 'STRATO refuses mail from this sending server or sender.',
      action: 'Check whether the sending server is on a block list and have it removed; if the reply names a code in parentheses, remove the content it points to.',
      docsUrl: helpPage,
      source: `${ownList} ("550 5.7.1 Refused by local policy. No SPAM please"); ${observed}`,
    },
  ],
} satisfies ProviderRules;
