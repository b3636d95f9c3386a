#!/usr/bin/env node
// @ts-check
/**
 * Prints the reason rules' English texts as a `messages.json` fragment, by the message names that
 * translations use (src/rules/rule-messages.ts): what a translator of `_locales/<lang>` starts from.
 *
 *   node scripts/rule-messages.mjs > rule-texts.json
 */
import {bundleSource, importBundle} from './lib/load-decoder.mjs';

/** @type {typeof import('../src/rules/rule-messages.ts')} */
const {ruleTexts} = await importBundle(await bundleSource('src/rules/rule-messages.ts', 'rule-messages'));
const messages = Object.fromEntries([...ruleTexts()].map(([name, message]) => [name, {message}]));
process.stdout.write(`${JSON.stringify(messages, undefined, 2)}\n`);
