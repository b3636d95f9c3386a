import type {ProviderRules} from '../types.ts';

const errorsPage = 'https://support.smtp2go.com/hc/en-gb/articles/13990494697369-Common-Sending-Errors';
const errorsSource = 'SMTP2GO Support, "Common Sending Errors" (support.smtp2go.com/hc/en-gb/articles/13990494697369): the replies its relay gives a client that sends through it';
const notAllowedPage = 'https://support.smtp2go.com/hc/en-gb/articles/360015283053-550-that-SMTP-username-s-account-is-not-allowed-to-send';
const notAllowedSource = 'SMTP2GO Support, "550 that SMTP username\'s account is not allowed to send" (support.smtp2go.com/hc/en-gb/articles/360015283053), which also covers "550 that IP address is not allowed to send"';

/**
 * SMTP2GO, a sending relay: applications and mail servers hand it their outgoing mail at
 * mail.smtp2go.com (or the older name smtpcorp.com) and it delivers from its own hosts, named
 * like a1i272.smtp2go.com. Its own refusals therefore reach the sender at submission time, in
 * the client's error ("550 From header sender domain not verified"), and its help centre lists
 * them; refusals by the recipient's server are that server's, quoted by SMTP2GO.
 */
export default {
  info: {
    id: 'smtp2go',
    name: 'SMTP2GO',
    names: ['smtp2go'],
    hostSuffixes: [
      // mail.smtp2go.com, the relay its users submit to, and mail-us/mail-eu/mail-au.smtp2go.com (SMTP2GO
      // Developers, "SMTP Relay"); its delivering hosts (a1i272, a2i861, e1i183, e3i51 ... .smtp2go.com) as
      // Received headers in public mailing-list archives show them.
      '.smtp2go.com',
      // smtpcorp.com: the relay name older SMTP2GO set-ups use (public code sending through smtpcorp.com:2525
      // with an SMTP2GO login), and the name its Exim ("Exim 4.97.1-S2G") writes in its Received headers.
      'smtpcorp.com',
    ],
    replyMarkers: [],
    docsUrl: errorsPage,
    source: `${errorsSource}; ${notAllowedSource}; SMTP2GO Developers, "SMTP Relay" (developers.smtp2go.com/docs/smtp-relay: server mail.smtp2go.com, ports 25/2525/8025/587/80 and 465/8465/443); Received headers of list archives (lore.kernel.org, lists.gnu.org) for its sending hosts`,
  },
  rows: [
    // "550 Relay access denied - please authenticate"
    {
      reply: '550',
      text: ['relay access denied - please authenticate'],
      reason: 'norelaying',
      meaning: 'SMTP2GO would not relay the message: the client did not log in (or a firewall or antivirus stripped the login), or the username and password are not one of the account\'s SMTP users.',
      action: 'Copy an SMTP user\'s username and password from the SMTP2GO dashboard (Sending > SMTP Users), or add the sending IP under IP Authentication; also check that the sending domain is verified.',
      docsUrl: errorsPage,
      source: errorsSource,
    },
    // "550 From header sender domain not verified"
    {
      reply: '550',
      text: ['from header sender domain not verified'],
      reason: 'rejected',
      meaning: 'The From address is at a domain (or is a single address) that has not been verified in the SMTP2GO account, so SMTP2GO refuses to send for it.',
      action: 'Verify the sending domain under Sending > Verified Senders > Sender domains (this also sets up SPF and DKIM), or verify the single sender address.',
      docsUrl: errorsPage,
      source: errorsSource,
    },
    // "550 that SMTP username's account is not allowed to send" / "550 that IP address is not allowed to send"
    {
      reply: '550',
      text: ['account is not allowed to send', 'that ip address is not allowed to send'],
      reason: 'rejected',
      meaning: 'SMTP2GO refuses the sender itself: the account is closed, or the SMTP user, API key or authenticated IP address is blocked (its review team may block one after suspicious sending).',
      action: 'Reopen the account, or set the user, key or IP back to "Allowed" in the dashboard; if SMTP2GO blocked it, answer its review team\'s ticket first.',
      docsUrl: notAllowedPage,
      source: notAllowedSource,
    },
  ],
} satisfies ProviderRules;
