import type {MtaFamily} from '../types.ts';

const postmasterPage = 'https://support.apple.com/en-us/102322 (iCloud Mail postmaster page; copy azumakuniyuki/feb-2024-no-auth-no-entry apple-102322-icloud-postmaster/text/apple-102322-icloud-postmaster-2025-02-26.txt)';

/** Apple iCloud Mail: Apple publishes no bounce template or code list, so no notice wording is encoded here. */
export default {
  id: 'icloud',
  provider: 'apple',
  name: 'Apple iCloud Mail',
  source: `${postmasterPage}: iCloud replies say why and "most of the errors will also include a URL"; wording of iCloud-generated bounces not confirmed`,
} satisfies MtaFamily;
