import {codeRowsOf} from '../provider-rows.ts';
import type {ProviderRules} from '../types.ts';

const postmasterPage = 'https://postmaster.gandi.net/';
const postmasterSource = 'Gandi\'s "Troubleshooting page for GandiMail", postmaster.gandi.net: its error messages ("Reject for policy reason. RULE1_1" ... "RULE3_2", "sasl_rate_limit", "blocked you maybe infected") and what each means';

/** One code of Gandi's troubleshooting page: its token ("RULE3_2") stands in the reply after "Reject for policy reason". */
const rule = codeRowsOf({docsUrl: postmasterPage, source: postmasterSource});

/**
 * Gandi, the French registrar, whose GandiMail mailboxes (included with its domains) receive mail
 * on spool.mail.gandi.net (MX 10) and fb.mail.gandi.net (MX 50): the records Gandi tells its
 * customers to publish and sets by default. A refusal from a host under mail.gandi.net is
 * Gandi's, and so is one that sends the sender to its troubleshooting page, postmaster.gandi.net,
 * whose list of its error messages gives the rows.
 */
export default {
  info: {
    id: 'gandi',
    name: 'Gandi Mail',
    names: ['gandi'],
    hostSuffixes: [
      // The submission server mail programs send through: nodemailer/nodemailer lib/well-known/services.json@01ae76f2, "GandiMail": Gandi Mail (host mail.gandi.net).
      'mail.gandi.net',
      // "@ 10800 IN MX 10 spool.mail.gandi.net." and "@ 10800 IN MX 50 fb.mail.gandi.net." (Gandi Docs, "MX record";
      // Gandi Wiki, "How to Create an Email Address for Your Domain Name"); relay.mail.gandi.net and
      // access.mail.gandi.net are its SMTP and IMAP names in the same zone template (public zone file).
      '.mail.gandi.net',
    ],
    replyMarkers: [
      'postmaster.gandi.net', // its refusals' "See http://postmaster.gandi.net" (the troubleshooting page)
    ],
    docsUrl: postmasterPage,
    source: 'Gandi\'s troubleshooting page for GandiMail (postmaster.gandi.net); Gandi Docs, "MX record" (docs.gandi.net/zh-hant/domain_names/faq/record_types/mx_record.html: the MX records of Gandi\'s mail service, spool.mail.gandi.net 10 and fb.mail.gandi.net 50); Gandi Wiki, "How to Create an Email Address for Your Domain Name" (wiki.gandi.net/en/mail/create-email-mailbox); Gandi Help Center, "What is an SPF record?" (include:_mailcust.gandi.net)',
  },
  rows: [
    rule('RULE1_1', 'virusdetected', 'Gandi found what may be a virus or malware in the message.', 'Scan the sending system and the message, and send it again without the infected part.'),
    rule('RULE2_1', 'spamdetected', 'Gandi took the message for phishing, by its analysis or a suspicious link in it.', 'Remove or replace suspicious links, and check that the sending account was not taken over.'),
    rule('RULE2_2', 'spamdetected', 'Gandi\'s analysis took the message for a scam.', 'Review the message\'s wording and links, and check that the sending account was not taken over.'),
    rule('RULE3_1', 'spamdetected', 'Gandi took the message for suspicious commercial mail.', 'Send commercial mail only to people who asked for it, with a working way to unsubscribe.'),
    rule('RULE3_2', 'spamdetected', 'Gandi gave the message a high spam score.', 'Change what looks like spam in the message, and check your authentication (SPF, DKIM).'),
    {
      text: ['sasl_rate_limit'],
      reason: 'speeding',
      meaning: 'The account sent more mail through Gandi\'s server than its rate limit allows.',
      action: 'Send more slowly, spreading the mail over time.',
      docsUrl: postmasterPage,
      source: postmasterSource,
    },
    {
      text: ['blocked you maybe infected'],
      reason: 'blocked',
      meaning: 'Gandi blocked the sending computer: it may be infected by a trojan or a virus.',
      action: 'Clean and secure the sending computer, then send again.',
      docsUrl: postmasterPage,
      source: postmasterSource,
    },
  ],
} satisfies ProviderRules;
