import type {ProviderId, ProviderRules} from '../types.ts';
import amazonSes from './amazon-ses.ts';
import apple from './apple.ts';
import barracuda from './barracuda.ts';
import cloudflare from './cloudflare.ts';
import cloudmark from './cloudmark.ts';
import comcast from './comcast.ts';
import cox from './cox.ts';
import facebook from './facebook.ts';
import free from './free.ts';
import godaddy from './godaddy.ts';
import iua from './iua.ts';
import mailru from './mailru.ts';
import nttdocomo from './nttdocomo.ts';
import gmx from './gmx.ts';
import google from './google.ts';
import ionos from './ionos.ts';
import messagelabs from './messagelabs.ts';
import netease from './netease.ts';
import microsoft365 from './microsoft365.ts';
import mimecast from './mimecast.ts';
import orange from './orange.ts';
import outlookCom from './outlook-com.ts';
import proofpoint from './proofpoint.ts';
import proton from './proton.ts';
import spamcop from './spamcop.ts';
import spamhaus from './spamhaus.ts';
import spectrum from './spectrum.ts';
import tOnline from './t-online.ts';
import tencent from './tencent.ts';
import webDe from './web-de.ts';
import yahoo from './yahoo.ts';
import yandex from './yandex.ts';
import zoho from './zoho.ts';

/**
 * Every provider, most specific first: the first whose host suffix or reply marker matches wins.
 * This is the only order; `test/rules/providers.test.ts` checks the constraints noted below.
 */
export const providers = [
  // Outlook.com before Microsoft 365: its hosts (*.olc.protection.outlook.com) sit under
  // Microsoft 365's ".outlook.com", and its replies carry "protection.outlook.com" too.
  outlookCom,
  microsoft365,
  google,
  yahoo,
  // Mailbox providers before the gateways and blocklists they quote: iCloud replies link to
  // Proofpoint and Spamhaus; Comcast, Cox, Spectrum and Orange cite Spamhaus and Cloudmark.
  apple,
  comcast,
  cox,
  spectrum,
  orange,
  zoho,
  godaddy,
  iua,
  nttdocomo,
  tencent,
  proton,
  facebook,
  tOnline,
  mailru,
  yandex,
  gmx,
  webDe,
  ionos,
  free,
  netease,
  // SES writes bounces that quote the remote server's reply, so the remote provider goes first.
  amazonSes,
  // Filtering gateways in front of many organisations.
  mimecast,
  messagelabs,
  proofpoint,
  barracuda,
  // A forwarder that receives mail for its customers' domains.
  cloudflare,
  // Blocklists last: any receiver may quote them, so they name the list, not the receiver.
  spamhaus,
  spamcop,
  cloudmark,
] as const satisfies readonly ProviderRules[];

/** Each provider by its id. */
export const providerById: {readonly [Id in ProviderId]: ProviderRules} = {
  google,
  microsoft365,
  'outlook-com': outlookCom,
  yahoo,
  apple,
  comcast,
  cox,
  zoho,
  mimecast,
  proofpoint,
  barracuda,
  'amazon-ses': amazonSes,
  orange,
  spamhaus,
  spamcop,
  cloudmark,
  proton,
  messagelabs,
  tencent,
  godaddy,
  spectrum,
  facebook,
  't-online': tOnline,
  iua,
  nttdocomo,
  mailru,
  yandex,
  gmx,
  'web-de': webDe,
  ionos,
  free,
  netease,
  cloudflare,
};
