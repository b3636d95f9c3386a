import type {ProviderRow, ProviderRules, ReasonId} from '../types.ts';

const errorCodesPage = 'https://www.spectrumbusiness.net/support/internet/understanding-email-error-codes';
const pageSource = 'Spectrum, "Understanding email error codes" (its AUP#I incoming and AUP#O outgoing codes, four digits each), as sisimai/rb-sisimai lib/sisimai/rhost/spectrum.rb transcribes the page';

/**
 * The ways a Spectrum refusal writes one of its codes: "AUP#In-1310" as its replies show it, and
 * the bare forms the page names ("AUP#I" or "AUP#O", then the four digits), lower case.
 */
function codeTexts(first: number, last = first): string[] {
  const texts: string[] = [];
  for (let code = first; code <= last; code++) {
    for (const prefix of ['aup#in-', 'aup#i-', 'aup#i', 'aup#out-', 'aup#o-', 'aup#o']) texts.push(`${prefix}${code}`);
  }
  return texts;
}

/** A row of the page: the codes it covers (one, or a first and last), its reason, and what it means, in our words. */
function row(codes: readonly [number, number?], reason: ReasonId, meaning: string, action: string): ProviderRow {
  const [first, last] = codes;
  return {providerCode: last === undefined ? `AUP#${first}` : `AUP#${first}-${last}`, text: codeTexts(first, last), reason, meaning, action, docsUrl: errorCodesPage, source: pageSource};
}

/** Spectrum (Charter) mail for charter.net addresses, and its codes as its error-code page lists them. */
export default {
  info: {
    id: 'spectrum',
    name: 'Spectrum / Charter',
    hostSuffixes: [
      'charter.net', // as given by sisimai; matches the host and its subdomains
    ],
    // Its AUP#I.../AUP#O... codes share the "AUP#" prefix with Cox (AUP#IPBL...), so they cannot
    // tell the two apart; its error-code page, which its refusals link, can.
    replyMarkers: [
      // "Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for
      // more information" (the business site serves the same page).
      'spectrum.net/support/internet/understanding-email-error-codes',
      'spectrumbusiness.net/support/internet/understanding-email-error-codes',
    ],
    docsUrl: errorCodesPage,
    source: 'sisimai rhost/lib.go, rhost/for-spectrum.go; Spectrum\'s error-code page',
  },
  rows: [
    row([1000], 'blocked', 'Spectrum blocked the sending IP address for suspicious activity.', 'If the IP is not Spectrum\'s, wait for the block to expire; a Spectrum customer contacts Spectrum.'),
    row([1010], 'rejected', 'Spectrum blocked the sending account for suspicious activity.', 'Secure the account (change its passwords), then contact Spectrum.'),
    row([1020, 1080], 'rejected', 'Spectrum limited what the sending account may send, for suspicious activity.', 'Wait for the limit to expire, or contact Spectrum to lift it.'),
    row([1090], 'systemerror', 'Spectrum could not process the message.', 'Send it again later.'),
    row([1100, 1150], 'requireptr', 'The sending IP address has no matching reverse DNS (Spectrum requires forward and reverse DNS to agree).', 'Give the sending IP a reverse DNS name that resolves back to it.'),
    row([1160, 1190], 'policyviolation', 'The message goes against the sending domain\'s own security policy.', 'Ask the sending domain\'s mail administrators.'),
    row([1200, 1210], 'blocked', 'Cloudmark CSI lists the sending IP address as a likely spam source.', 'Have the IP\'s administrator ask Cloudmark for a reset.'),
    row([1220, 1250], 'blocked', 'Spamhaus lists the sending IP address.', 'Have the IP\'s owner ask Spamhaus to remove it.'),
    row([1260], 'networkerror', 'Spectrum does not take mail over IPv6.', 'Connect over IPv4 and send again.'),
    row([1300, 1340], 'toomanyconn', 'The sender opened more connections at once, or in all, than Spectrum allows its IP.', 'Open fewer connections, then retry later.'),
    row([1350, 1490], 'speeding', 'Spectrum limits how many messages and recipients a sender may send, by volume, spam risk and invalid recipients.', 'Send less at a time and retry later.'),
    row([1500], 'rejected', 'The message was sent as another address than the one signed in.', 'Send from the address you signed in with.'),
    row([1520], 'rejected', 'The message was sent as an address of a domain Spectrum does not host.', 'Check the outgoing address and send again.'),
    row([1530], 'mesgtoobig', 'The message is larger than Spectrum\'s 20 MB limit.', 'Send a smaller message (link large files instead).'),
    row([1540], 'speeding', 'Too many messages were sent in one session; the rest were deferred.', 'Reconnect and send fewer messages per session.'),
    row([1550], 'speeding', 'The message has too many recipients.', 'Send to fewer recipients per message.'),
    row([1560], 'policyviolation', 'The message had too many invalid recipients.', 'Remove invalid addresses and send again later.'),
    row([1580], 'speeding', 'Too many recipients in a short time.', 'Wait a while, then send again.'),
  ],
} as const satisfies ProviderRules;
