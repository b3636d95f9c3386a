import type {ProviderRules} from '../types.ts';

const termsPage = 'https://www.telenor.no/privat/vilkar/vilkar_telenor_online_epost.page';

/**
 * Telenor Norway's consumer mail "Online e-post" (online.no, and the former Frisurf's frisurf.no).
 * Its terms say a full mailbox refuses incoming mail. Its users' mail has left through hosts
 * such as mail47.fg.online.no (Received headers in list archives), but no MX host was found in a
 * source: no host suffix is claimed beyond what its mail domains name. Telenor Denmark's old mail
 * domains (mail.telenor.dk and its alias domains) are not listed: that business has changed hands.
 * No list of its replies was found: no rows.
 */
export default {
  info: {
    id: 'telenor',
    name: 'Telenor Online e-post (online.no)',
    names: ['telenor'],
    hostSuffixes: [],
    replyMarkers: [],
    mailboxDomains: ['online.no', 'frisurf.no'],
    mailboxDomainsSource: 'Telenor Norge "Vilkår - Online e-post" (users may send only from their own "online.no - eller Frisurf.no-adresser"); Telenor "Online e-post webmail" help (telenor.no/kundeservice/e-post/oppsett/webmail)',
    docsUrl: termsPage,
    source: `Telenor Norge "Vilkår - Online e-post" (${termsPage}: webmail at online.no, full mailbox refuses incoming mail); telenor.no/kundeservice/e-post/oppsett/webmail`,
  },
  rows: [],
} satisfies ProviderRules;
