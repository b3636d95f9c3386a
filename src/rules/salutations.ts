/**
 * How a letter greets its reader: the words a salutation opens with ("Hello <reader>,", "Dear
 * <reader>:") and the honorifics that follow the reader's name in languages that put them after
 * it ("<reader> 様", "<reader>님"). A notice that greets its reader by address greets the sender of
 * the message it returns (RFC 3464 §2: a report goes to the envelope's return path), so that
 * address is never a failed recipient.
 *
 * Each row: the word in lower case, its language, and where its use as a greeting is documented.
 */
import type {TemplateText} from './types.ts';

const wiktionary = (word: string): string => `https://en.wiktionary.org/wiki/${word} (a greeting, or the opening of a letter's salutation)`;
/** Google Groups' refusal of a post opens with one, as its reader's address: "Hello kijitora@libsisimai.org,". */
const groupsGreeting = 'sisimai/rb-sisimai lib/sisimai/lhost/googlegroups.rb and sisimai/go-sisimai lhost/googlegroups.go (the notice they quote opens "Hello kijitora@libsisimai.org,": its reader, the sender of the post; the failed recipient is the group, in X-Failed-Recipients)';

/** Words that open a salutation, before the reader's name or address. */
export const salutationOpenings: readonly TemplateText[] = [
  {text: 'hello', source: `${wiktionary('hello')}; ${groupsGreeting}`},
  {text: 'hi', source: wiktionary('hi')},
  {text: 'dear', source: wiktionary('dear')},
  {text: 'greetings', source: wiktionary('greetings')},
  {text: 'hallo', language: 'de', source: wiktionary('hallo')},
  {text: 'guten tag', language: 'de', source: wiktionary('guten_Tag')},
  {text: 'sehr geehrte', language: 'de', source: wiktionary('sehr_geehrte')},
  {text: 'liebe', language: 'de', source: wiktionary('liebe')},
  {text: 'lieber', language: 'de', source: wiktionary('lieber')},
  {text: 'bonjour', language: 'fr', source: wiktionary('bonjour')},
  {text: 'cher', language: 'fr', source: wiktionary('cher')},
  {text: 'chère', language: 'fr', source: wiktionary('chère')},
  {text: 'hola', language: 'es', source: wiktionary('hola')},
  {text: 'estimado', language: 'es', source: wiktionary('estimado')},
  {text: 'estimada', language: 'es', source: wiktionary('estimada')},
  {text: 'ciao', language: 'it', source: wiktionary('ciao')},
  {text: 'salve', language: 'it', source: wiktionary('salve')},
  {text: 'gentile', language: 'it', source: wiktionary('gentile')},
  {text: 'olá', language: 'pt', source: wiktionary('olá')},
  {text: 'prezado', language: 'pt', source: wiktionary('prezado')},
  {text: 'prezada', language: 'pt', source: wiktionary('prezada')},
  {text: 'beste', language: 'nl', source: wiktionary('beste')},
  {text: 'geachte', language: 'nl', source: wiktionary('geachte')},
  {text: 'здравствуйте', language: 'ru', source: wiktionary('здравствуйте')},
  {text: 'привет', language: 'ru', source: wiktionary('привет')},
  {text: 'уважаемый', language: 'ru', source: wiktionary('уважаемый')},
  {text: 'уважаемая', language: 'ru', source: wiktionary('уважаемая')},
  {text: 'вітаємо', language: 'uk', source: wiktionary('вітаємо')},
  {text: 'привіт', language: 'uk', source: wiktionary('привіт')},
  {text: 'шановний', language: 'uk', source: wiktionary('шановний')},
  {text: 'шановна', language: 'uk', source: wiktionary('шановна')},
  {text: 'witaj', language: 'pl', source: wiktionary('witaj')},
  {text: 'dzień dobry', language: 'pl', source: wiktionary('dzień_dobry')},
  {text: 'szanowny', language: 'pl', source: wiktionary('szanowny')},
  {text: 'szanowna', language: 'pl', source: wiktionary('szanowna')},
  {text: 'dobrý den', language: 'cs', source: wiktionary('dobrý_den')},
  {text: 'merhaba', language: 'tr', source: wiktionary('merhaba')},
  {text: 'sayın', language: 'tr', source: wiktionary('sayın')},
  {text: 'hej', language: 'sv', source: wiktionary('hej')},
  {text: 'kære', language: 'da', source: wiktionary('kære')},
  {text: 'halo', language: 'id', source: wiktionary('halo')},
  {text: 'xin chào', language: 'vi', source: wiktionary('xin_chào')},
  // Arabic is written with and without the vowel mark (tanwīn) at the end.
  {text: 'مرحبًا', language: 'ar', source: wiktionary('مرحبا')},
  {text: 'مرحبا', language: 'ar', source: wiktionary('مرحبا')},
  {text: 'عزيزي', language: 'ar', source: wiktionary('عزيزي')},
  {text: 'سلام', language: 'fa', source: wiktionary('سلام')},
];

/** Honorifics written right after the reader's name or address, in languages that put them there. */
export const readerHonorifics: readonly TemplateText[] = [
  {text: '様', language: 'ja', source: 'https://www.tkgje.jp/entries/02000/02452_sama.html (様, "a very polite title used after names ... used in letters and formal writing")'},
  {text: 'さん', language: 'ja', source: 'https://imabi.org/honorifics-i-敬称-i-～さん-～様-etc/ (~さん, the neutral suffix after a person\'s name)'},
  {text: '殿', language: 'ja', source: wiktionary('殿')},
  {text: '您好', language: 'zh', source: wiktionary('您好')},
  {text: '你好', language: 'zh', source: wiktionary('你好')},
  {text: '님', language: 'ko', source: wiktionary('님')},
];
