import type {ProviderRules} from '../types.ts';

const mxPage = 'https://docs.gandi.net/zh-hant/domain_names/faq/record_types/mx_record.html';

/**
 * Gandi, the French registrar, whose GandiMail mailboxes (included with its domains) receive mail
 * on spool.mail.gandi.net (MX 10) and fb.mail.gandi.net (MX 50): the records Gandi tells its
 * customers to publish and sets by default. A refusal from a host under mail.gandi.net is
 * Gandi's. No list of its reply texts was found: no rows.
 */
export default {
  info: {
    id: 'gandi',
    name: 'Gandi Mail',
    names: ['gandi'],
    hostSuffixes: [
      // "@ 10800 IN MX 10 spool.mail.gandi.net." and "@ 10800 IN MX 50 fb.mail.gandi.net." (Gandi Docs, "MX record";
      // Gandi Wiki, "How to Create an Email Address for Your Domain Name"); relay.mail.gandi.net and
      // access.mail.gandi.net are its SMTP and IMAP names in the same zone template (public zone file).
      '.mail.gandi.net',
    ],
    replyMarkers: [],
    docsUrl: mxPage,
    source: 'Gandi Docs, "MX record" (docs.gandi.net/zh-hant/domain_names/faq/record_types/mx_record.html: the MX records of Gandi\'s mail service, spool.mail.gandi.net 10 and fb.mail.gandi.net 50); Gandi Wiki, "How to Create an Email Address for Your Domain Name" (wiki.gandi.net/en/mail/create-email-mailbox); Gandi Help Center, "What is an SPF record?" (include:_mailcust.gandi.net)',
  },
  rows: [],
} satisfies ProviderRules;
