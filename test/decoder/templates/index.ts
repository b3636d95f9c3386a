/** Every family's template, in the order the generator walks them. */
import {amazonSes} from './amazon-ses.ts';
import type {FamilyTemplate} from './common.ts';
import {courier} from './courier.ts';
import {domino} from './domino.ts';
import {exchange, exchangeOnline} from './exchange.ts';
import {exim, eximDelay} from './exim.ts';
import {gmail, gmailDelay} from './gmail.ts';
import {gmx} from './gmx.ts';
import {haraka} from './haraka.ts';
import {messagingServer} from './messaging-server.ts';
import {opensmtpd} from './opensmtpd.ts';
import {postfix, postfixDelay} from './postfix.ts';
import {qmail} from './qmail.ts';
import {sendmail} from './sendmail.ts';
import {yahoo} from './yahoo.ts';

export const families: readonly FamilyTemplate[] = [
  postfix, postfixDelay, exim, eximDelay, sendmail, qmail, courier, opensmtpd, haraka, exchange, exchangeOnline, gmail,
  gmailDelay, yahoo, domino, messagingServer, gmx, amazonSes,
];

export type {FamilyTemplate, ParsedReply, RenderOptions, Rendered, TemplateRecipient} from './common.ts';
