/**
 * TEST-ONLY: the parent half of the window actor of BounceDecoderTestChild.sys.mjs. The chrome code
 * the test runs calls `sendQuery` on it; it has nothing of its own to do.
 */
/* global JSWindowActorParent */

export class BounceDecoderTestParent extends JSWindowActorParent {}
