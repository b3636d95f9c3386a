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
import att from './att.ts';
import earthlink from './earthlink.ts';
import centurylink from './centurylink.ts';
import optimum from './optimum.ts';
import bell from './bell.ts';
import shaw from './shaw.ts';
import talktalk from './talktalk.ts';
import xtra from './xtra.ts';
import virgilio from './virgilio.ts';
import terra from './terra.ts';
import iinet from './iinet.ts';
import seznam from './seznam.ts';
import interia from './interia.ts';
import wp from './wp.ts';
import onet from './onet.ts';
import rambler from './rambler.ts';
import ukrNet from './ukr-net.ts';
import abv from './abv.ts';
import strato from './strato.ts';
import allInkl from './all-inkl.ts';
import eclipso from './eclipso.ts';
import posteo from './posteo.ts';
import mailboxOrg from './mailbox-org.ts';
import freenet from './freenet.ts';
import libero from './libero.ts';
import aruba from './aruba.ts';
import sfr from './sfr.ts';
import ovh from './ovh.ts';
import swisscom from './swisscom.ts';
import telenet from './telenet.ts';
import ziggo from './ziggo.ts';
import kpn from './kpn.ts';
import bt from './bt.ts';
import naver from './naver.ts';
import kakao from './kakao.ts';
import yahooJapan from './yahoo-japan.ts';
import biglobe from './biglobe.ts';
import nifty from './nifty.ts';
import kddiAu from './kddi-au.ts';
import softbank from './softbank.ts';
import sina from './sina.ts';
import sohu from './sohu.ts';
import chinaMobile139 from './china-mobile-139.ts';
import aliyun from './aliyun.ts';
import rediff from './rediff.ts';
import uol from './uol.ts';
import telstra from './telstra.ts';
import fastmail from './fastmail.ts';
import tuta from './tuta.ts';
import rackspace from './rackspace.ts';
import titan from './titan.ts';
import mailchannels from './mailchannels.ts';
import trendMicro from './trend-micro.ts';
import ciscoSecureEmail from './cisco-secure-email.ts';
import sophos from './sophos.ts';
import hornetsecurity from './hornetsecurity.ts';
import forcepoint from './forcepoint.ts';
import spamexperts from './spamexperts.ts';
import forwardemail from './forwardemail.ts';
import improvmx from './improvmx.ts';
import postini from './postini.ts';
import zoho from './zoho.ts';
import provider21cn from './21cn.ts';
import centrumCz from './centrum-cz.ts';
import frontier from './frontier.ts';
import gandi from './gandi.ts';
import hetzner from './hetzner.ts';
import hostinger from './hostinger.ts';
import hrvatskiTelekom from './hrvatski-telekom.ts';
import infomaniak from './infomaniak.ts';
import migadu from './migadu.ts';
import mweb from './mweb.ts';
import namecheap from './namecheap.ts';
import oneCom from './one-com.ts';
import purelymail from './purelymail.ts';
import retarus from './retarus.ts';
import rogers from './rogers.ts';
import sapo from './sapo.ts';
import sky from './sky.ts';
import smtp2go from './smtp2go.ts';
import tiscali from './tiscali.ts';
import uberspace from './uberspace.ts';
import unitedOnline from './united-online.ts';
import vade from './vade.ts';
import virginMedia from './virgin-media.ts';
import windstream from './windstream.ts';
import telus from './telus.ts';
import proximus from './proximus.ts';
import a1 from './a1.ts';
import telia from './telia.ts';
import telenor from './telenor.ts';
import ocn from './ocn.ts';
import soNet from './so-net.ts';
import nate from './nate.ts';
import tom from './tom.ts';
import walla from './walla.ts';
import vodafoneDe from './vodafone-de.ts';
import mandrill from './mandrill.ts';
import trustwave from './trustwave.ts';
import spamtitan from './spamtitan.ts';
import appriver from './appriver.ts';
import fortimailCloud from './fortimail-cloud.ts';
import sendgrid from './sendgrid.ts';
import mailgun from './mailgun.ts';
import postmark from './postmark.ts';
import sparkpost from './sparkpost.ts';
import mailjet from './mailjet.ts';
import brevo from './brevo.ts';
import elasticEmail from './elastic-email.ts';
import socketlabs from './socketlabs.ts';
import resend from './resend.ts';
import mailtrap from './mailtrap.ts';
import mailersend from './mailersend.ts';
import mailchimp from './mailchimp.ts';

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
  // Mailbox and hosting providers of one country or region, and the mail hosts of web hosting companies.
  seznam,
  interia,
  wp,
  onet,
  rambler,
  ukrNet,
  abv,
  strato,
  allInkl,
  eclipso,
  posteo,
  mailboxOrg,
  freenet,
  libero,
  aruba,
  sfr,
  ovh,
  swisscom,
  telenet,
  ziggo,
  kpn,
  bt,
  naver,
  kakao,
  yahooJapan,
  biglobe,
  nifty,
  kddiAu,
  softbank,
  sina,
  sohu,
  chinaMobile139,
  aliyun,
  rediff,
  uol,
  telstra,
  fastmail,
  tuta,
  rackspace,
  titan,
  att,
  earthlink,
  centurylink,
  optimum,
  bell,
  shaw,
  talktalk,
  xtra,
  virgilio,
  terra,
  iinet,
  rogers,
  sky,
  virginMedia,
  tiscali,
  centrumCz,
  sapo,
  mweb,
  frontier,
  windstream,
  unitedOnline,
  provider21cn,
  hrvatskiTelekom,
  telus,
  proximus,
  a1,
  telia,
  telenor,
  ocn,
  soNet,
  nate,
  tom,
  walla,
  vodafoneDe,
  // Mail hosting of web hosting companies and small mailbox hosts, under their own names.
  hetzner,
  gandi,
  hostinger,
  oneCom,
  infomaniak,
  uberspace,
  namecheap,
  migadu,
  purelymail,
  // SES writes bounces that quote the remote server's reply, so the remote provider goes first.
  amazonSes,
  // Filtering gateways in front of many organisations.
  mimecast,
  messagelabs,
  proofpoint,
  barracuda,
  mailchannels,
  trendMicro,
  ciscoSecureEmail,
  sophos,
  hornetsecurity,
  forcepoint,
  spamexperts,
  postini,
  vade,
  retarus,
  trustwave,
  spamtitan,
  appriver,
  fortimailCloud,
  // Forwarders that receive mail for their customers' domains.
  cloudflare,
  forwardemail,
  improvmx,
  mandrill,
  // Sending relays and services whose own refusals reach the client that submits to them.
  smtp2go,
  sendgrid,
  mailgun,
  postmark,
  sparkpost,
  mailjet,
  brevo,
  elasticEmail,
  socketlabs,
  resend,
  mailtrap,
  mailersend,
  mailchimp,
  // Blocklists last: any receiver may quote them, so they name the list, not the receiver.
  spamhaus,
  spamcop,
  cloudmark,
] as const satisfies readonly ProviderRules[];

/**
 * Each provider by its id, from the list above: one list to keep, in order. That every id has its
 * provider, once, `test/rules/providers.test.ts` checks.
 */
export const providerById = Object.fromEntries((providers as readonly ProviderRules[]).map((provider) => [provider.info.id, provider])) as {readonly [Id in ProviderId]: ProviderRules};
