import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * CSRF tokens: an HMAC of the journey id under the handler's secret, so a
 * page from another site cannot know it, nothing needs storing, and any copy
 * of the handler given the same secret accepts it (several processes, a
 * restart). Checked in constant time.
 */
export class Csrf {
  readonly #secret: Buffer;

  constructor(secret: string | Uint8Array | undefined) {
    // Without a secret, one made per handler: tokens then stop working when
    // the process restarts, which is why the docs ask for csrfSecret.
    this.#secret = secret === undefined ? randomBytes(32) : Buffer.from(secret);
    if (this.#secret.length < 16) {
      throw new TypeError('createFormHandler: csrfSecret is too short. Give at least 16 bytes of random data (for example from `openssl rand -hex 32`).');
    }
  }

  token(journeyId: string): string {
    return createHmac('sha256', this.#secret).update(`csrf:${journeyId}`).digest('base64url');
  }

  check(journeyId: string, token: unknown): boolean {
    if (typeof token !== 'string') return false;
    const expected = Buffer.from(this.token(journeyId));
    const given = Buffer.from(token);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
