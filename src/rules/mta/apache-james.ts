import type {MtaFamily} from '../types.ts';

const mailets = 'apache/james-project server/mailet/mailets/src/main/java/org/apache/james/transport/mailets';
const dsnBounce = `${mailets}/DSNBounce.java (the DSNBounce mailet, the "bounces" processor of James's default mailetcontainer.xml)`;
const bouncer = `${mailets}/remote/delivery/Bouncer.java (explanationText: the notice RemoteDelivery sends when no bounce processor is configured)`;
const notifyMessage = `${mailets}/redirect/NotifyMailetsMessage.java (generateMessage: the text of the Bounce, NotifySender and NotifyPostmaster mailets)`;

/** Apache James: its mailets write the failure notices (DSNBounce, Bounce) and RemoteDelivery's own. */
export default {
  id: 'apache-james',
  name: 'Apache James',
  source: `${dsnBounce}; ${bouncer}; ${notifyMessage}`,
  bodyMarkers: [
    {text: 'hi. this is the james mail server at', source: `${dsnBounce}: the default messageString "Hi. This is the James mail server at [machine]."; ${bouncer}`},
    {text: 'i\'m afraid i wasn\'t able to deliver your message to the following addresses.', source: `${dsnBounce}: the default messageString; ${bouncer}`},
  ],
  recipientHeadings: [
    {text: 'failed recipient(s):', source: `${dsnBounce}: createTextMsg, "Failed recipient(s):" then the recipients`},
  ],
  replyIntroductions: [
    {text: 'error message:', source: `${dsnBounce}: createTextMsg, "Error message:" then the mail's delivery-error on the next line`},
    {text: 'error message below:', source: `${notifyMessage}: "Error message below:" then the mail's error message on the next line`},
    {text: 'remote mail server told me:', source: `${bouncer}: "Remote mail server told me: " then the refusal`},
  ],
  permanent: [
    {text: 'this is a permanent error; i\'ve given up.', source: `${dsnBounce}: the default messageString "This is a permanent error; I've given up. Sorry it didn't work out."; ${bouncer}`},
  ],
} satisfies MtaFamily;
