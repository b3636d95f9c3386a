import type {MtaFamily} from '../types.ts';

const bounce = 'corecode/dma mail.c (bounce(): the notice\'s text, "Original message follows." / "Message headers follow.")';

/** The DragonFly Mail Agent (dma), the small MTA of DragonFly BSD and some Linux systems. */
export default {
  id: 'dragonfly',
  name: 'DragonFly Mail Agent (dma)',
  source: 'corecode/dma mail.c (bounce)',
  bodyMarkers: [
    {text: 'this is the dragonfly mail agent', source: `${bounce}: "This is the DragonFly Mail Agent %s at %s."`},
  ],
  recipientLeadIns: [
    {text: 'your mail to ', source: 'corecode/dma mail.c (bounce(): "There was an error delivering your mail to <%s>.")'},
    {text: 'there was an error delivering your mail to <', source: `${bounce}: "There was an error delivering your mail to <%s>."`},
  ],
  originalMessageMarkers: [
    {text: 'original message follows.', source: `${bounce} (FULLBOUNCE)`},
    {text: 'message headers follow.', source: bounce},
  ],
  permanent: [
    {text: 'there was an error delivering your mail to <', source: `${bounce}: "There was an error delivering your mail to <%s>."`},
  ],
} satisfies MtaFamily;
