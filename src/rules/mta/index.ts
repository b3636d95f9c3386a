/**
 * Every family of mail servers and services whose notices the decoder knows, one file each (the file
 * name is the id). To add one: write `<id>.ts` from the server's own templates, each text with its
 * source, and list it here; test/decoder/templates/ renders notices from it for the generated tests.
 */
import {type MtaFamily, type ProviderId, providerIds} from '../types.ts';
import activehunter from './activehunter.ts';
import amavis from './amavis.ts';
import amazonSes from './amazon-ses.ts';
import aol from './aol.ts';
import apacheJames from './apache-james.ts';
import asyncSmtp from './async-smtp.ts';
import bongo from './bongo.ts';
import brevo from './brevo.ts';
import chasquid from './chasquid.ts';
import citadel from './citadel.ts';
import communigate from './communigate.ts';
import coremail from './coremail.ts';
import courier from './courier.ts';
import cox from './cox.ts';
import cpanel from './cpanel.ts';
import domino from './domino.ts';
import dovecot from './dovecot.ts';
import dragonfly from './dragonfly.ts';
import emailit from './emailit.ts';
import emailengine from './emailengine.ts';
import exchange from './exchange.ts';
import exim from './exim.ts';
import fml from './fml.ts';
import firefoxRelay from './firefox-relay.ts';
import gmail from './gmail.ts';
import gmx from './gmx.ts';
import groupwise from './groupwise.ts';
import haraka from './haraka.ts';
import hmailserver from './hmailserver.ts';
import icloud from './icloud.ts';
import imail from './imail.ts';
import interscan from './interscan.ts';
import japaneseCarriers from './japanese-carriers.ts';
import javamail from './javamail.ts';
import jmap from './jmap.ts';
import k9Mail from './k9-mail.ts';
import kerio from './kerio.ts';
import kumomta from './kumomta.ts';
import lbbs from './lbbs.ts';
import maddy from './maddy.ts';
import mailenable from './mailenable.ts';
import mailfoundry from './mailfoundry.ts';
import mailgun from './mailgun.ts';
import mailjet from './mailjet.ts';
import mailru from './mailru.ts';
import mandrill from './mandrill.ts';
import mandrillApi from './mandrill-api.ts';
import mdaemon from './mdaemon.ts';
import mfilter from './mfilter.ts';
import messagingServer from './messaging-server.ts';
import mox from './mox.ts';
import dotnetSmtpclient from './dotnet-smtpclient.ts';
import gomail from './gomail.ts';
import goMail from './go-mail.ts';
import goSimpleMail from './go-simple-mail.ts';
import msmtp from './msmtp.ts';
import mutt from './mutt.ts';
import mailx from './mailx.ts';
import curl from './curl.ts';
import genSmtp from './gen-smtp.ts';
import thunderbird from './thunderbird.ts';
import hordeSmtp from './horde-smtp.ts';
import nodemailer from './nodemailer.ts';
import odoo from './odoo.ts';
import phpmailer from './phpmailer.ts';
import pythonSmtplib from './python-smtplib.ts';
import qqMail from './qq-mail.ts';
import roundcube from './roundcube.ts';
import symfonyMailer from './symfony-mailer.ts';
import naver from './naver.ts';
import mxlogic from './mxlogic.ts';
import opensmtpd from './opensmtpd.ts';
import outlookCom from './outlook-com.ts';
import pec from './pec.ts';
import outlookExpress from './outlook-express.ts';
import pmail from './pmail.ts';
import postal from './postal.ts';
import postfix from './postfix.ts';
import postmark from './postmark.ts';
import powermta from './powermta.ts';
import qmail from './qmail.ts';
import resend from './resend.ts';
import rfc3464 from './rfc3464.ts';
import rubyNetSmtp from './ruby-net-smtp.ts';
import sendgrid from './sendgrid.ts';
import seznam from './seznam.ts';
import sendmail from './sendmail.ts';
import slimta from './slimta.ts';
import smartermail from './smartermail.ts';
import smail from './smail.ts';
import sparkpost from './sparkpost.ts';
import stalwart from './stalwart.ts';
import surfcontrol from './surfcontrol.ts';
import various from './various.ts';
import x400 from './x400.ts';
import xmail from './xmail.ts';
import yahoo from './yahoo.ts';
import yandex from './yandex.ts';
import zimbra from './zimbra.ts';
import zohoMail from './zoho-mail.ts';
import zonemta from './zonemta.ts';

export const mtaFamilies: readonly MtaFamily[] = [
  activehunter,
  amavis,
  amazonSes,
  aol,
  apacheJames,
  asyncSmtp,
  bongo,
  brevo,
  chasquid,
  citadel,
  communigate,
  coremail,
  courier,
  cox,
  cpanel,
  domino,
  dovecot,
  dragonfly,
  emailit,
  emailengine,
  exchange,
  exim,
  fml,
  gmail,
  firefoxRelay,
  gmx,
  groupwise,
  haraka,
  hmailserver,
  icloud,
  imail,
  interscan,
  japaneseCarriers,
  javamail,
  jmap,
  k9Mail,
  kerio,
  kumomta,
  lbbs,
  maddy,
  mailenable,
  mailfoundry,
  mailgun,
  mailjet,
  mailru,
  mandrill,
  mandrillApi,
  mdaemon,
  messagingServer,
  mfilter,
  mox,
  dotnetSmtpclient,
  hordeSmtp,
  gomail,
  goMail,
  goSimpleMail,
  msmtp,
  mutt,
  mailx,
  curl,
  genSmtp,
  thunderbird,
  nodemailer,
  odoo,
  phpmailer,
  pythonSmtplib,
  symfonyMailer,
  mxlogic,
  naver,
  opensmtpd,
  outlookCom,
  outlookExpress,
  pec,
  pmail,
  postal,
  postfix,
  postmark,
  powermta,
  qqMail,
  qmail,
  resend,
  roundcube,
  rfc3464,
  rubyNetSmtp,
  sendgrid,
  sendmail,
  seznam,
  slimta,
  smartermail,
  smail,
  sparkpost,
  stalwart,
  surfcontrol,
  various,
  x400,
  xmail,
  yahoo,
  yandex,
  zimbra,
  zohoMail,
  zonemta,
];

/**
 * The provider whose mail system a family is: the one it names (`provider`: Gmail's notices are
 * Google's), or the provider its id is (`yahoo`, `mailru`, a sending service that is one).
 */
export function providerOfFamily(family: MtaFamily): ProviderId | undefined {
  return family.provider ?? (providerIds as readonly string[]).find((id) => id === family.id) as ProviderId | undefined;
}
