import type {ProviderRules} from '../types.ts';

const helpPage = 'https://wiki.hetzner.de/index.php/KonsoleH:E-Mailverwaltung/en';

/**
 * Hetzner Online's web-hosting mail (konsoleH): its customers' mailboxes live on Hetzner's servers,
 * named under Hetzner's own host domain your-server.de, and they send and fetch mail through
 * mail.your-server.de. Only that name is claimed: the rest of your-server.de also names Hetzner's
 * API (robot-ws.your-server.de) and its hosting servers one by one (www62.your-server.de and the
 * like), which could not be told apart by a suffix. No mailbox domain (customers bring their own)
 * and no list of its replies was found: no rows.
 */
export default {
  info: {
    id: 'hetzner',
    name: 'Hetzner (web hosting mail)',
    names: ['hetzner'],
    hostSuffixes: [
      // mail.your-server.de, the IMAP and SMTP server of Hetzner's mail accounts (thunderbird/autoconfig
      // ispdb/hetzner.de.xml, "Hetzner", domain your-server.de; GitLab Omnibus SMTP settings for
      // "Hetzner": smtp_address "mail.your-server.de"). It writes the refusals of its own customers' mail.
      'mail.your-server.de',
    ],
    replyMarkers: [],
    docsUrl: helpPage,
    source: `thunderbird/autoconfig ispdb/hetzner.de.xml; GitLab Omnibus SMTP documentation ("Hetzner" example, gitlab.com/gitlab-org/omnibus-gitlab merge request 2190); Hetzner DokuWiki "KonsoleH: Manage your email accounts" (${helpPage}); public list mail Received headers (www62/www381/www530.your-server.de, Hetzner hosting servers; not claimed)`,
  },
  rows: [],
} satisfies ProviderRules;
