/**
 * Functions that driver-thunderbird.mjs runs in Thunderbird's main window, its chrome, over WebDriver
 * BiDi (`moz:scope: chrome`, which `--remote-allow-system-access` opens): what a person does there
 * (pick a folder and a message, look at the button above the message, click it) and what they see.
 * Each takes one JSON value and gives one back; each is sent alone, as source, so it may use nothing
 * from this file (not even the others) but its argument and the window's globals.
 *
 * Not type-checked (no `// @ts-check`): Thunderbird's privileged globals (ChromeUtils, Services,
 * PathUtils, the window's tabmail) have no types here.
 */
/* global ChromeUtils, Services, PathUtils, Ci */

/**
 * Registers the test's window actor (thunderbird-actor/), which the driver copied into the
 * profile's `chrome` folder: the extension process may read that folder (for userContent.css), no
 * other outside Thunderbird's own files.
 * @param {{actorName: string, folder: string}} options  `folder`: under the profile's `chrome`
 */
export function registerTestActor({actorName, folder}) {
  const {FileUtils} = ChromeUtils.importESModule('resource://gre/modules/FileUtils.sys.mjs');
  const resources = Services.io.getProtocolHandler('resource').QueryInterface(Ci.nsIResProtocolHandler);
  resources.setSubstitution(folder, Services.io.newFileURI(new FileUtils.File(PathUtils.join(PathUtils.profileDir, 'chrome', folder))));
  ChromeUtils.registerWindowActor(actorName, {
    parent: {esModuleURI: `resource://${folder}/${actorName}Parent.sys.mjs`},
    child: {esModuleURI: `resource://${folder}/${actorName}Child.sys.mjs`},
    allFrames: true,
    remoteTypes: ['extension'],
  });
  return true;
}

/**
 * Shows a Local Folders folder in the main mail tab, as a click in the folder pane does, and says
 * how many messages its list shows (none while Thunderbird still reads a new mbox).
 * @param {{folder: string}} options
 */
export function showFolder({folder}) {
  const {MailServices} = ChromeUtils.importESModule('resource:///modules/MailServices.sys.mjs');
  const target = MailServices.folderLookup.getFolderForURL(`mailbox://nobody@Local%20Folders/${encodeURIComponent(folder)}`);
  if (!target) {
    throw new Error(`Thunderbird has no Local Folders folder "${folder}"`);
  }

  const tabmail = document.getElementById('tabmail');
  tabmail.switchToTab(0);
  const about3Pane = tabmail.currentAbout3Pane;
  if (about3Pane.gFolder?.URI !== target.URI) {
    about3Pane.displayFolder(target);
  }

  return about3Pane.gDBView?.rowCount ?? 0;
}

/**
 * Selects the message with `subject` in the shown folder's list, as a click on its row does, and
 * gives its Message-ID; Thunderbird then displays it below the list.
 * @param {{subject: string}} options
 */
export function selectMessage({subject}) {
  const tabmail = document.getElementById('tabmail');
  tabmail.switchToTab(0);
  const about3Pane = tabmail.currentAbout3Pane;
  const view = about3Pane.gDBView;
  for (let index = 0; index < (view?.rowCount ?? 0); index++) {
    const header = view.getMsgHdrAt(index);
    if (header.mime2DecodedSubject === subject) {
      about3Pane.threadTree.selectedIndex = index;
      return header.messageId;
    }
  }

  throw new Error(`No message "${subject}" in the folder shown`);
}

/** The Message-ID of the message displayed in the main mail tab, once its display has loaded. */
export function displayedMessageId() {
  const aboutMessage = document.getElementById('tabmail').currentAboutMessage;
  return aboutMessage?.document.readyState === 'complete' ? aboutMessage.gMessage?.messageId ?? null : null;
}

/**
 * The extension's button above the displayed message: its badge, its tooltip and its label, and the
 * badge's colours, as Thunderbird draws them; null while there is no such button.
 * @param {{extensionId: string}} options
 */
export function actionButton({extensionId}) {
  const aboutMessage = document.getElementById('tabmail').currentAboutMessage;
  const button = aboutMessage?.document.querySelector(`toolbarbutton.webextension-action[data-extensionid="${extensionId}"]`);
  if (!button) {
    return null;
  }

  return {
    text: button.getAttribute('badge') ?? '',
    title: button.getAttribute('tooltiptext') ?? '',
    label: button.getAttribute('label') ?? '',
    badgeStyle: button.getAttribute('badgeStyle') ?? '',
  };
}

/**
 * Clicks the extension's button above the displayed message, as a person does.
 * @param {{extensionId: string}} options
 */
export function clickActionButton({extensionId}) {
  const aboutMessage = document.getElementById('tabmail').currentAboutMessage;
  const button = aboutMessage?.document.querySelector(`toolbarbutton.webextension-action[data-extensionid="${extensionId}"]`);
  if (!button) {
    throw new Error('No button of the extension above the displayed message');
  }

  button.click();
  return true;
}

/**
 * The addresses of the extension's pages open in the main window: in its popups (the popup above a
 * message) and in its tabs (the history page, the options page).
 */
export function extensionPages() {
  return [...document.querySelectorAll('browser')]
    .filter((browser) => browser.currentURI?.spec.startsWith('moz-extension://') && browser.browsingContext?.currentWindowGlobal)
    .map((browser) => browser.currentURI.spec);
}

/**
 * Runs a function in the extension page open at `address` (in a popup or a tab) through the test's
 * window actor, and gives its result as JSON.
 * @param {{actorName: string, address: string, source: string, arg: string}} options  `arg` is JSON
 */
export async function evaluateInExtensionPage({actorName, address, source, arg}) {
  // As in extensionPages (each function here travels alone, without the others).
  const browser = [...document.querySelectorAll('browser')].find((candidate) => candidate.currentURI?.spec === address);
  const windowGlobal = browser?.browsingContext?.currentWindowGlobal;
  if (!windowGlobal) {
    throw new Error(`No extension page is open at ${address}`);
  }

  return JSON.parse(await windowGlobal.getActor(actorName).sendQuery('evaluate', {source, arg}));
}

/** Closes the open popups, as a click elsewhere does. */
export function closePopups() {
  for (const panel of document.querySelectorAll('panel')) {
    if (panel.state === 'open' && panel.querySelector('browser')) {
      panel.hidePopup();
    }
  }

  return true;
}
