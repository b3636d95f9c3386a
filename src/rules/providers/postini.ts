import type {ProviderRules} from '../types.ts';

const manual = 'SUM Group\'s copy of the Postini Enterprise Manual, "DNS Settings" (support.sum.com/postini/: "domain.com. IN MX 100 domain.com.s6a1.psmtp.com." and s6a2, s6b1, s6b2); Google\'s Postini Activation Guide (Google Message Filtering / Security, 2011: the MX records it gives each domain)';

/**
 * Postini (Google Message Security / Message Filtering), the filtering service Google ran in front
 * of organisations' own mail servers until its move into Google Apps: each domain's MX pointed at
 * its own names under psmtp.com, so a refusal from a psmtp.com host is Postini's on the domain's
 * behalf. Old notices still carry it.
 */
export default {
  info: {
    id: 'postini',
    name: 'Postini (Google Message Security)',
    names: ['postini'],
    hostSuffixes: [
      '.psmtp.com', // <domain>.s6a1.psmtp.com and its kin, the MX records Postini gave each domain (the manual in `source`)
    ],
    replyMarkers: [],
    docsUrl: 'https://support.google.com/postini/',
    source: manual,
  },
  rows: [],
} satisfies ProviderRules;
