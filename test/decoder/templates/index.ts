/** Every family's template, in the order the generator walks them. */
import {activehunter} from './activehunter.ts';
import {amavis} from './amavis.ts';
import {amazonSes} from './amazon-ses.ts';
import {amazonWorkmail} from './amazon-workmail.ts';
import {aol} from './aol.ts';
import {apacheJames} from './apache-james.ts';
import {chasquid} from './chasquid.ts';
import {citadel, citadelDelay} from './citadel.ts';
import {coremail, coremailBilingual} from './coremail.ts';
import {qqMail} from './qq-mail.ts';
import {communigate} from './communigate.ts';
import type {FamilyTemplate} from './common.ts';
import {courier} from './courier.ts';
import {courierDelay} from './courier-delay.ts';
import {domino} from './domino.ts';
import {dragonfly} from './dragonfly.ts';
import {exchange, exchangeOnline} from './exchange.ts';
import {exchange2003} from './exchange-2003.ts';
import {exchangeDelay} from './exchange-delay.ts';
import {exim, eximDelay} from './exim.ts';
import {gmail, gmailDelay, gmailLegacyDelay} from './gmail.ts';
import {gmx} from './gmx.ts';
import {haraka} from './haraka.ts';
import {hmailserver} from './hmailserver.ts';
import {imail} from './imail.ts';
import {interscan} from './interscan.ts';
import {lbbs} from './lbbs.ts';
import {ezweb} from './japanese-carriers.ts';
import {maddy} from './maddy.ts';
import {mailfoundry} from './mailfoundry.ts';
import {mailru} from './mailru.ts';
import {mdaemon, mdaemonDelay} from './mdaemon.ts';
import {messagingServer} from './messaging-server.ts';
import {mfilter} from './mfilter.ts';
import {mox, moxDelay} from './mox.ts';
import {mxlogic} from './mxlogic.ts';
import {opensmtpd, opensmtpdEarly} from './opensmtpd.ts';
import {opensmtpdDelay} from './opensmtpd-delay.ts';
import {outlookCom, outlookComDelay} from './outlook-com.ts';
import {postfix, postfixDelay} from './postfix.ts';
import {powermta} from './powermta.ts';
import {qmail} from './qmail.ts';
import {sendmail} from './sendmail.ts';
import {sendmailDelay} from './sendmail-delay.ts';
import {slimta} from './slimta.ts';
import {smail} from './smail.ts';
import {stalwart, stalwartDelay} from './stalwart.ts';
import {surfcontrol} from './surfcontrol.ts';
import {x400} from './x400.ts';
import {xmail, xmailDelay} from './xmail.ts';
import {yahoo} from './yahoo.ts';
import {yandex} from './yandex.ts';
import {zimbra} from './zimbra.ts';
import {zohoMail} from './zoho-mail.ts';
import {zonemta, zonemtaDelay} from './zonemta.ts';

export const families: readonly FamilyTemplate[] = [
  postfix, postfixDelay, exim, eximDelay, sendmail, sendmailDelay, qmail, courier, courierDelay, opensmtpd, opensmtpdEarly, opensmtpdDelay,
  haraka, exchange, exchangeOnline, exchangeDelay, exchange2003, gmail, gmailDelay, gmailLegacyDelay, yahoo, domino, messagingServer,
  gmx, amazonSes, mdaemon, mdaemonDelay, interscan, imail, mailru, yandex, dragonfly, x400, mxlogic, outlookCom, outlookComDelay, ezweb,
  zimbra, aol, amazonWorkmail, stalwart, stalwartDelay, activehunter, smail, amavis, apacheJames, powermta,
  mfilter, mailfoundry, surfcontrol, chasquid, hmailserver, maddy,
  xmail, xmailDelay, slimta, lbbs, zonemta, zonemtaDelay, citadel, citadelDelay,
  mox, moxDelay, coremail, coremailBilingual, qqMail, communigate, zohoMail,
];

export type {FamilyTemplate, ParsedReply, RenderOptions, Rendered, TemplateRecipient} from './common.ts';
