import type {MtaFamily} from '../types.ts';

/** Kerio Connect (GFI): no template, vendor text or decoder of its notices was found, so this family holds no texts (none invented). */
export default {
  id: 'kerio',
  name: 'Kerio Connect',
  source: 'Not confirmed: nothing found in the Kerio Connect administrator\'s guides or GFI support pages (they only say Kerio Connect relays the remote server\'s error back to the sender); see shared/reference/mta-sources.md section 12',
} satisfies MtaFamily;
