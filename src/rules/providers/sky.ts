import type {ProviderRules} from '../types.ts';

const migrationPage = 'https://conversation.which.co.uk/technology/sky-email-migration-google-yahoo/';

/**
 * Sky's consumer mail (sky.com addresses of Sky Broadband customers), moved from Google to Yahoo and
 * now received on Yahoo's servers (sky.com's MX is mx-eu.mail.am0.yahoodns.net). No host is claimed:
 * yahoodns.net is Yahoo's file's. A verdict on a sky.com mailbox is still Sky Yahoo Mail's. No list of
 * its replies was found: no rows.
 */
export default {
  info: {
    id: 'sky',
    name: 'Sky Yahoo Mail',
    hostSuffixes: [],
    replyMarkers: [],
    mailboxDomains: ['sky.com'],
    mailboxDomainsSource: 'Which? Conversation, "Sky email migration from Google to Yahoo" (Sky customers\' "Sky email addresses" moved to Yahoo); thinkbroadband forum (the "Sky Yahoo Mail" board of Sky\'s help forum); tinkrland/themailtell live MX log 2026-10-08 ("sky.com -> 1 mx-eu.mail.am0.yahoodns.net"); all third-party',
    docsUrl: migrationPage,
    source: `${migrationPage} (third-party); solihullnews.net "Dave Pinwell's IT Talk" (Sky mail moved from Gmail to Yahoo); forums.thinkbroadband.com Sky thread 4297249; tinkrland/themailtell research/sources/live-mx-2026-10-08.txt. No page of Sky's own was found.`,
  },
  rows: [],
} satisfies ProviderRules;
