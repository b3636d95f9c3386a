import type {ProviderRules} from '../types.ts';

/**
 * ALL-INKL.COM (Neue Medien Münnich), the German web host. Each customer account has its own server
 * name under kasserver.com (w0xxxxxx.kasserver.com), which is both the account's mail server and the
 * MX of its domains; kasserver.com holds only ALL-INKL's own machines (its KAS control system,
 * nameservers ns5/ns6.kasserver.com, SPF spf.kasserver.com).
 */
export default {
  info: {
    id: 'all-inkl',
    name: 'ALL-INKL.COM',
    hostSuffixes: [
      '.kasserver.com', // w0xxxxxx.kasserver.com, the MX of ALL-INKL-hosted domains ("MX 10 w01d4968.kasserver.com", "10 w020a88d.kasserver.com." in customers' published DNS notes)
    ],
    replyMarkers: [],
    docsUrl: 'https://all-inkl.com/',
    source: 'third-party records only (no ALL-INKL page naming its MX was found): customers\' DNS notes in public repositories ("MX 10 w01d4968.kasserver.com", "MX: 10 w020a88d.kasserver.com.", SPF include:spf.kasserver.com, NS ns5/ns6.kasserver.com); glama.ai allinkl-mail-mcp configuration ("The IMAP host, e.g., wXXXXXXX.kasserver.com"); a Received header "dd49702.kasserver.com" on the Linux lists',
  },
  rows: [],
} satisfies ProviderRules;
