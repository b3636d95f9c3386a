import type {MtaFamily} from '../types.ts';

const mixer = 'RFC 2156 (MIXER, X.400 <-> RFC 822 mapping) https://www.rfc-editor.org/rfc/rfc2156';
const headerFields = `${mixer} section 5.3 (X.400 fields carried as RFC 822 header fields); registered in the permanent header registry by RFC 4021`;
const kb250521 = 'jeffpar/kbarchive kb/250/Q250521/README.md (Microsoft KB Q250521, Exchange Server 4.0-5.5: NDR text from the X.400 MTA)';
const kb305203 = 'jeffpar/kbarchive kb/305/Q305203/README.md (Microsoft KB Q305203, Exchange Server 5.5 X.400 Connector NDR)';
const exchange2003 = 'sisimai/rb-sisimai lib/sisimai/lhost/exchange2003.rb (secondary: wording seen in the wild)';
const pp = (file: string): string => `Wildboar-Software/pp ${file} (PP 6.0, the UCL / X-Tel X.400 MTA and RFC 1148 gateway)`;
const sympa = 'sympa-community/sympa wwsympa/Bounce.pm (anabounce, "Rapport X400" branches; corrige() rebuilds "/"-separated X.400 addresses) (secondary: wording seen in the wild)';

/** X.400 gateways and MTAs (MIXER, PP, Exchange 4.0-2003 X.400 MTA): RFC 2156 fields and address form, PP's delivery report text, Microsoft KB report lines, Sympa secondary. */
export default {
  id: 'x400',
  name: 'X.400 gateways',
  source: `${mixer}; ${kb250521}; ${kb305203}; ${pp('Chans/dr2rfc/write_report.c')}; secondary: ${sympa}`,
  subjects: [
    {text: 'delivery report (failure)', source: `${pp('Chans/dr2rfc/write_report.c')}: wr_hdr_start() "Delivery Report (failure) for <rcpt>"`},
  ],
  headers: [
    {text: 'x400-mts-identifier', source: `${headerFields} (on any message that crossed an X.400 gateway, not only reports)`},
    {text: 'x400-originator', source: headerFields},
    {text: 'x400-recipients', source: headerFields},
    {text: 'x400-received', source: headerFields},
    {text: 'x400-content-type', source: headerFields},
  ],
  bodyMarkers: [
    {text: 'the mts-id of the original message is:', source: `${kb250521}; ${kb305203}; ${exchange2003}`},
    {text: 'this report relates to your message', source: `${pp('Chans/dr2rfc/write_report.c')}: wr_body() "This report relates to your message with subject: <subject>"`},
    {text: 'msexch:msexchangemta:', source: `${kb250521}; ${kb305203}: diagnostic line "MSEXCH:MSExchangeMTA:<site>:<server>"`},
    {text: '***** the following information is directed towards the local administrator', source: `${pp('Chans/dr2rfc/write_report.c')}: the administrator's section opens with this line, "***** and is not intended for the end user" below it`},
  ],
  recipientLeadIns: [
    {text: 'your message was not delivered to:', source: `${sympa}: "Your message was not delivered to: <rcpt> for the following reason: <reason>"`},
    {text: 'your message was not delivered to', source: `${sympa}: "Your message was not delivered to <rcpt> for the following reason: <reason>"`},
    {text: '/rfc-822=', source: `${mixer} chapter 4: an RFC 822 address kept in an X.400 O/R address as the domain-defined attribute RFC-822 ("/RFC-822=user(a)example.com/", "@" written "(a)")`},
  ],
  replyIntroductions: [
    {text: 'gives error message', source: `${pp('Chans/smtp/smtp.c')}: do_recip() supplementary information "MTA '<host>' gives error message <reply>"`},
  ],
  permanent: [
    {text: 'your message was not delivered to', source: `${sympa}: "Your message was not delivered to <rcpt> for the following reason: <reason>"; ${pp('Chans/dr2rfc/write_report.c')}: wr_body()`},
  ],
  originalMessageMarkers: [
    {text: '------------------------------ start of forwarded message', source: `${pp('Format/rfc934/do-rfc934.c')}: the returned message, flattened, after "------------------------------ Start of forwarded message 1"`},
  ],
} satisfies MtaFamily;
